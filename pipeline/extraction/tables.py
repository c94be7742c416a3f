"""Tables as a model: a caption, a header row of columns and rows of cells, each cell addressed by (row, column).

A table cell is a record like any other (CONTRACT: brackets, tables and change). What a figure in a cell cannot
say itself, its table says: the unit and scale ('Mkr', 'Gästnätter, tusental', 'kr/år'), the rate ('Resultat per
aktie, kr'), the period ('Jan-mar 2024' over a column, '2021' as a row label) and whether it is a change
('Förändring %', 'förändring i procent' in the caption). Every header cell, row label and caption is read once
into a ``Spec`` (the words are in models/lexicon/sv/tables.json).

Two layouts reach here, and become the same ``Table``: a table inside one segment (plain text with tabs or
aligned spaces, or markdown: ``apply_table_unit``) and a table whose rows stand in segments of their own (HTML,
one block per row: ``apply_table_rows``). A first line with no cell separators above the rows is the caption; the
first row is the header when it holds no figure (a figure in a change header, 'Förändring 3 mån', names the
column's span and is dropped); the first cell of each row is its label unless the header's first cell is a period.

Precedence, one rule for every cell. A figure that carries its own unit ('+12 %', '4 680 kr') keeps it. A bare
figure takes its unit and scale, together, from the first of these that names a unit or a scale:
  1. its column's header ('Gästnätter, tusental', 'Förändring %'),
  2. its row's label, after the label's last comma ('Vinstmarginal, %', 'Fast avgift, kr/år'),
  3. for a cell in a change column only: the unit the table's level columns share ('Budget 2024, mnkr' for
     the 'Förändring' beside it),
  4. the table's corner cell ('Mkr' above the row labels), then its caption ('..., tusental', '(tkr)').
Its rate comes from the first of column, row label (anywhere in it: 'Resultat per aktie, kr'), corner, caption
that names one. Its period from its column's header, else its row label. A cell in a change column (a header
starting with a change word, a row whose label starts with one, or every data column when only the caption names
a change) is a change, and every other cell a level, whatever the words around it: a signed
figure states its direction by its sign, an unsigned one by the header's word ('Ökning' increase, 'Minskning'
decrease, 'Förändring': its sign, positive figures being printed without '+'); and when the percent it takes
comes from a level (a row label, a level column, the caption of levels), not from the change header itself,
it is in percentage points (the change of a rate).

What the table set is marked on the figure (``unit_source``/``per_source``/``scale_source`` = "table",
``direction_source`` = "table", which the resolver shows as the change cue "table_change_column"), so that a
reviewer, and the comparison of ``quantities`` with ``run``, can tell the table's word from the sentence's. Each
data cell also gets ``subject_hint``: the row label or column header naming what it measures ('Nettoomsättning',
'Gästnätter'): a row label naming a unit or rate names the measure; else the column header's name when the column
names a unit or a period or the corner cell names what the rows are ('Region', 'Område'; for a change column, the
one named level column); else the row label, else the column header. Figures keep sentence-relative offsets throughout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline import lexicon
from pipeline.lexicon import Lexicon
from pipeline.extraction import quantities
from pipeline.extraction.quantities import Quantity
from pipeline.segment import Segment
from pipeline.extraction.text import HAS_DIGIT as _HAS_DIGIT, WORD, ends_sentence, sentence_word_set
from pipeline.extraction.numbers import parse_number_word
from pipeline.extraction.time_rules import YEAR, shift_month
from pipeline.extraction.times import TimeExpr, find_times

_TABLE_RULE = re.compile(r"[|:\-\s+]+")           # '|---|---|', '+----+'
_TABLE_CELLS = re.compile(r"\t|\|| {2,}")
_SEPARATORS = {"pipe": re.compile(r"\|"), "tab": re.compile(r"\t"), "space": re.compile(r"\t| {2,}")}
_UNIT_KINDS = ("money", "percent", "percentage_point", "measure")
_SIGNS = "+−-–"
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_LETTERS_1 = WORD


# --- what one header cell, label or caption says ---------------------------------------------------------

@dataclass(frozen=True)
class Spec:
    """What a header cell, row label or caption names for the cells under or beside it."""
    unit: str | None = None
    kind: str | None = None
    scale: float = 1.0
    per: str | None = None
    change: str | None = None     # 'change' | 'increase' | 'decrease': it heads changes (tables.json change_headers)
    name: str | None = None       # the measure it names ('Gästnätter' in 'Gästnätter, tusental')
    unit_rate: bool = False       # its 'per' follows a unit ('kronor per år', 'kr/år'): a rate of that unit, not
                                  # the period the table lays its figures out by ('Omkomna per månad')

    @property
    def names_unit(self) -> bool:
        return self.unit is not None or self.scale != 1.0


NO_SPEC = Spec()


@dataclass(frozen=True, eq=False)
class _Words:
    """What the table reader reads header cells with, built once per lexicon (``lex.derived(_words)``); compared
    and hashed by identity, so the spec caches keep one entry per lexicon."""
    d: dict
    lex: Lexicon

    def __getitem__(self, key):
        return self.d[key]


def _words(lex: Lexicon) -> _Words:
    t = lex.tables
    rates = {**lex.rates_after, **lex.rates_denominators, **lex.rates_money, **t["per"]}   # 'Månadsbiljett vuxen': month
    per = "|".join((r"(?<!\w)" if k[0].isalnum() else "") + re.escape(k.lower()) + r"(?!\w)"
                   for k in sorted(rates, key=len, reverse=True))
    heads = "|".join(map(re.escape, sorted(t["change_headers"], key=len, reverse=True)))
    compounds = "(?:" + "|".join(map(re.escape, sorted(t["change_header_compounds"], key=len, reverse=True))) + ")(?![^\\W\\d_])"
    compound = rf"(?:[^\W\d_]+?-?(?={compounds}))?"     # a word before a change noun in one compound ('Pris-')
    # an adjective before a change noun ('Organisk tillväxt, %', 'Årlig förändring, %')
    leads = rf"(?:(?:{'|'.join(map(re.escape, t.get('change_header_leads', ())))})\s+)?" if t.get("change_header_leads") else ""
    return _Words({"rates": {k.lower(): v for k, v in rates.items()}, "per": re.compile(per),
                   "head_start": re.compile(rf"{leads}{compound}(?:{heads})(?![^\W\d_])"),
                   "head_word": re.compile(rf"(?<!\w)(?:{heads})(?![^\W\d_])"),
                   # a part of a caption naming the change columns, also as a compound ('prisförändring i procent')
                   "head_compound": re.compile(rf"(?<!\w){compound}(?:{heads})(?![^\W\d_])"),
                   "heads": t["change_headers"], "scales": {**lex.numbers["scales"], **t["scales"]},
                   "max": t["label_max_chars"], "not_names": set(t["not_names"]) | set(lex.time["months"]),
                   "column_units": t.get("column_units", {}), "now_words": frozenset(t.get("now_words", ())),
                   "superlatives": frozenset(lex.numbers["rank"]["superlatives"]),
                   "unit_words": lex.tables["unit_words"],
                   "not_compounds": tuple(lex.change.get("not_compounds", ())),
                   "span_words": tuple(t.get("span_month_words", ())),
                   # 'Resultat per område, NMI (skala 0–100)', 'Nöjd-kund-index per verksamhet': an index's values
                   "index": re.compile(rf"(?:{'|'.join(map(re.escape, t.get('index_words', ())))})(?![^\W\d_])")
                   if t.get("index_words") else re.compile(r"(?!)"),
                   "froms": tuple(w + " " for w in lex.change["from_words"]),
                   "label_nouns": frozenset(w.lower() for w in lex.entities["label_nouns"]),
                   "noun_rate": re.compile(rf"([^\W\d_]{{3,}})\s+{re.escape(lex.rates_per_word)}\s+([^\W\d_]{{3,}})"),
                   "per_word": re.compile(rf"(?:(?<!\w){re.escape(lex.rates_per_word)}\s+|(?<=[^\W\d_])/)([^\W\d_]+)(?![^\W\d_])")},
                  lex)


_FIGURE = re.compile(r"(?<![^\W\d_])\d")     # a digit that is no part of a word ('m3', 'CO2' are units)
_NUMERIC_SCALE = re.compile(r"(?:^|(?<=[,(]))\s*(?P<scale>1(?:[\s\u00a0]?000)+)\s+(?P<unit>[^\W\d_][\w²³]*)\b")


def _unit_in(text: str, W: _Words, kinds: tuple = _UNIT_KINDS):
    """The unit and scale a piece of header text names: (Unit or None, scale). A unit right after a number is
    a figure of the header itself ('15–74 år') and names nothing, unless the number is a scale of thousands opening
    a part of the header ('Totalt 2026, 1 000 ton': thousands of tonnes)."""
    m = _NUMERIC_SCALE.search(text)
    if m is not None:                   # ('Befolkning (1 000 personer)': thousands of what the noun names)
        unit = W.lex.unit_by_surface.get(m.group("unit").lower())
        scale = float(re.sub(r"\D", "", m.group("scale")))
        return (unit, unit.scale * scale) if unit is not None and unit.kind in kinds else (None, scale)
    toks = quantities.tokenize(text)
    scales = W["scales"]
    unit, scale = None, 1.0
    for i, tok in enumerate(toks):
        if i and toks[i - 1].is_num:
            continue
        hit = quantities._match_unit(text, toks, i)
        if (text[tok.end:tok.end + 2][:1] == "." and text[tok.end + 1:tok.end + 2].isalpha()
                or tok.start >= 2 and text[tok.start - 1] == "." and text[tok.start - 2].isalpha()) \
                and not (hit and "." in hit[1].surface):
            continue                    # a letter of an abbreviation ('Kraftvärme m.m.', 't.ex.') names no unit,
                                        # unless it is a unit's own abbreviation ('Bidrag, p.e.')
        if hit is None and tok.low in W["unit_words"]:           # 'Procentuell förändring'
            hit = (i + 1, W.lex.unit_by_surface[W["unit_words"][tok.low]])
        if hit and hit[1].kind == "duration" and hit[0] < len(toks) and toks[hit[0]].is_num:
            continue                    # 'Fall per åldersgrupp, vecka 47': a week named by its number is a period
        if hit and i and toks[i - 1].low == W.lex.rates_per_word:
            continue                    # 'Mellanmjölk, per liter': the rate's denominator, not the cells' unit
        if hit and hit[1].kind in kinds and unit is None:
            unit = hit[1]
            scale *= unit.scale
        elif tok.low in scales and not tok.is_num:
            scale *= scales[tok.low]
    return unit, scale


def _per_unit(low: str, W: _Words) -> str | None:
    """'Förbrukning per kubikmeter', 'Pris per kilo', 'Skörd, kg/ha': 'per' or a slash after a unit before a unit's
    name names that unit as the rate (the rate lists name the other denominators)."""
    m = W["per_word"].search(low)
    unit = W.lex.unit_by_surface.get(m.group(1)) if m else None
    return unit.unit if unit is not None and unit.kind not in ("money", "percent", "percentage_point") else None


def _noun_rate(part: str, W: _Words) -> str | None:
    """'Publiksnitt per klubb, åskådare per match': a counted noun, 'per' and a noun in the part naming the cells'
    unit (after the last comma, or in brackets) is a rate of that noun, as in running text ('14 215 åskådare per
    match'); a 'per' in the title spreads the rows ('per klubb') and is no rate of a cell."""
    tail = part.rsplit(",", 1)[1] if "," in part else _unit_part(part)
    m = W["noun_rate"].fullmatch(tail.strip().lower()) if tail and not _HAS_DIGIT.search(tail) else None
    if m is None:
        return None
    noun = m.group(2)
    unit = W.lex.unit_by_surface.get(noun)
    return quantities._tables(W.lex).per_nouns.get(noun) or (unit.unit if unit is not None else noun)   # as in text


def read_spec(text: str, where: str = "header", lex: Lexicon | None = None) -> Spec:
    """The ``Spec`` of a header cell (``where="header"``), a row label ("label": its unit only after its last
    comma or in brackets, 'Fast avgift, kr/år', 'Pris (tkr)') or a caption ("caption": a change word anywhere)."""
    return _read_spec(text, where, (lex or lexicon.load()).derived(_words))


@lru_cache(maxsize=1024)
def _read_spec(text: str, where: str, W: _Words) -> Spec:
    clean = " ".join(text.split()).strip(" |:#")
    if not clean or (where != "caption" and len(clean) > W["max"]):
        return NO_SPEC
    low = clean.lower()
    if where == "label":
        tail = _unit_part(clean, comma_first=True)
        part = tail or clean
        # a figure in the label names no unit ('Män 15–74 år'), a scale of thousands does ('Producerat vatten, 1 000 m3')
        unit, scale = _unit_in(part, W) if not _FIGURE.search(part) or _NUMERIC_SCALE.match(part) else (None, 1.0)
        if unit is None and tail and not _FIGURE.search(tail):     # 'Medelvårdtid, dygn': a duration's unit
            unit = _unit_in(tail, W, _UNIT_KINDS + ("duration",))[0]
        if unit is None and not _FIGURE.search(clean):      # 'Öppettimmar per vecka, huvudbiblioteket': hours
            first = clean.split(",")[0].split()[0]
            own = _unit_in(first, W, _UNIT_KINDS + ("duration",))[0] if len(first) > 5 else None
            unit = own if own is not None and own.kind == "duration" else None
    else:
        unit, scale = _unit_in(clean, W)
        tail = _unit_part(clean)
        if unit is not None and tail and not _HAS_DIGIT.search(tail):
            own = _unit_in(tail, W)               # 'Förändring i SEK, %': the unit after the comma is the cells'
            if own[0] is not None:
                unit, scale = own
        if unit is None and tail:              # 'Median vistelsetid, min', 'Väntetid (dagar)': a duration's unit
            unit = _unit_in(tail, W, _UNIT_KINDS + ("duration",))[0]
        if unit is None and where == "caption":     # 'Mediantid per sjukhus, minuter, samt andel klara inom 4 timmar':
            unit = next((u for u in (_unit_in(p, W, _UNIT_KINDS + ("duration",))[0]          # a piece of its own,
                                     for p in clean.split(",")[1:] if len(p.split()) <= 2 and not _HAS_DIGIT.search(p))
                         if u is not None), None)                                     # the unit alone ('minuter')
        if unit is None and " " not in clean and low not in W.lex.unit_by_surface:
            # 'Soltimmar', 'Sjukdagar': a compound ending in a duration's word ('År' over a column names the rows)
            unit = _unit_in(clean, W, _UNIT_KINDS + ("duration",))[0]
    change = None
    m = (W["head_word"].search if where == "caption" else W["head_start"].match)(low)
    if m is None and where != "caption" and "," in low:     # 'Sysselsättning, förändring %', 'BNP, årlig förändring i %'
        m = W["head_word"].search(low.rsplit(",", 1)[1].strip())
    if m and where == "caption" and (low[:m.start()].split() or [""])[-1] in W["superlatives"]:
        m = None        # 'Linjer med störst förändring, avgångar per vardag': the change picks the rows, the cells are levels
    if m and any(n in m.group(0) for n in W["not_compounds"]):
        m = None        # 'Basundersökning hos tandläkare': a word that only ends in a change noun's letters
    if m:
        change = W["heads"][next(h for h in sorted(W["heads"], key=len, reverse=True) if m.group(0).endswith(h))]
    per, unit_rate = None, False
    if unit is None or unit.kind not in ("percent", "percentage_point"):
        own = unit.surface.lower() if unit is not None and (" per " in unit.surface or "/" in unit.surface) else None
        rest = low.replace(own, " ") if own else low                     # 'i mikrogram per kubikmeter':
        hits = list(W["per"].finditer(rest))                             # the unit's own words ('ug/m3'), no rate
        # a unit's denominator wins over a period a money word names ('Årsavgift, kr/kvm': per m2)
        hit = next((h for h in hits if W["rates"][h.group(0)] not in quantities.PERIOD_PERS), hits[0]) if hits else None
        per = W["rates"][hit.group(0)] if hit else _per_unit(rest, W) or _noun_rate(rest, W)
        before = rest[:hit.start()].split() if hit else []
        # 'kronor per år', 'kr/år'; also after a money word that names the rate first ('Årskostnad, kronor per år')
        unit_rate = any((rest[:h.start()].split() or [""])[-1].strip("([") in W.lex.unit_by_surface
                        and W["rates"][h.group(0)] == per for h in hits)
        if unit is None and unit_rate and where != "caption" and len(before) == 1 \
                and W.lex.unit_by_surface[before[-1]].kind == "duration":
            unit = W.lex.unit_by_surface[before[-1]]             # 'Timmar/mån 2026', 'Timmar per månad': hours a month
    name = _name(clean, W) if where != "caption" and change is None else None
    if unit is None and where == "header" and low in W["column_units"]:     # 'Placering': ordinals, 'Poäng': numbers
        kind = W["column_units"][low]
        return Spec(kind, kind, scale, per, change, name, unit_rate)
    if unit is None and where != "label" and W["index"].search(low):
        return Spec("number", "number", scale, per, change, name, unit_rate)   # an index's values count nothing
    return Spec(unit.unit if unit else None, unit.kind if unit else None, scale, per, change, name, unit_rate)


def _unit_part(text: str, comma_first: bool = False) -> str | None:
    """Where a header or label writes its unit: in its last brackets or after its last comma ('Tid (dagar)',
    'Väntetid, min'; a row label reads the comma first: 'Fast avgift, kr/år'); None for one with neither (a bare
    'År' names a column of years, not a unit)."""
    brackets = [b for b in re.findall(r"\(([^()]*)\)", text) if not _YEAR_WRITTEN.search(b)]   # '(halvår 1 2026)' dates
    bracket = brackets[-1] if brackets else None                                           # the column: no unit
    bare = re.sub(r"\s*\(([^()]*)\)", lambda m: "" if _YEAR_WRITTEN.search(m.group(1)) else m.group(0), text)
    comma = bare.rsplit(",", 1)[1] if "," in bare else None          # 'Mediantid, dagar (halvår 1 2026)': 'dagar'
    return (comma or bracket) if comma_first else (bracket or comma)


def _name(text: str, W: _Words) -> str | None:
    """The measure a header cell or label names: its text before the first comma, without brackets, periods and
    unit words ('Gästnätter, tusental' -> 'Gästnätter', 'Besök 2022' -> 'Besök', 'Mkr' -> None)."""
    head = re.sub(r"\([^()]*\)", " ", text.split(",", 1)[0])
    for t in sorted(find_times(head), key=lambda t: -t.char_start):
        head = head[:t.char_start] + " " + head[t.char_end:]
    head = " ".join(head.split()).strip(" -–:;.%")
    if not set(w.lower() for w in _LETTERS_1.findall(head)) - W["not_names"]:
        return None                                   # 'Totalt', 'Ackumulerat', 'Apr-mar': no measure
    lex = W.lex
    if head in lex.unit_by_surface_exact or head.lower() in lex.unit_by_surface or head.lower() in W["scales"]:
        return None
    return head


_COUNTED_BACK = ("duration_ago", "relative")    # 'För en månad sedan', 'Förra året': a header naming no year still names one


@lru_cache(maxsize=1024)
def _period(text: str, published, now_words: frozenset = frozenset()) -> TimeExpr | None:
    """The one period a header cell or row label names ('April 2023', 'Jan-okt 2015', '2009', or a month alone,
    'Augusti', which a year column completes; 'För ett år sedan, kr/l', 'Förra veckan': a period counted back from
    publication; 'Pris nu, kr/l': the publication date itself, tables.json now_words), or None."""
    whole = not _HAS_DIGIT.search(text)
    found = [t for t in find_times(text, published) if t.start and not t.baseline and t.type != "sequence"]
    if not found and now_words and published and not now_words.isdisjoint(sentence_word_set(text)):
        day = str(published)[:10]
        return TimeExpr(text, 0, len(text), day, day, "day", "point", rule="table_now")
    if len(found) == 2:
        found = _one_of_two(text, *found)
    if len(found) != 1:
        return None
    if whole and found[0].type not in _COUNTED_BACK \
            and (found[0].grain not in _WITHIN_YEAR or found[0].text != text.strip(" |:")):
        return None                     # without digits only a month or quarter, or a period counted back from now
    return found[0]


def _caption_period(caption: str, published) -> TimeExpr | None:
    """The one period a caption names ('Punktlighet per linje, september', 'Avfall per kommun, 2025'): a month
    alone counts in a caption, which is prose, as it does not in a header cell."""
    found = [t for t in find_times(caption, published) if t.start and not t.baseline and t.type not in ("sequence", "open_start")]
    return found[0] if len(found) == 1 else None


def _one_of_two(text: str, a: TimeExpr, b: TimeExpr) -> list[TimeExpr]:
    """A header naming two periods names one of them when the other only frames it: 'Aug 2025/aug 2024' and
    'Jan–aug 2025/jan–aug 2024' compare the first with the second (a change column about the first); 'Snitt jan–jul
    2021–2025' averages months over a range of years (the years); anything else names no one period."""
    if "/" in text[a.char_end:b.char_start]:
        return [a]
    span = next((t for t in (a, b) if t.start and t.end and t.start[:4] != t.end[:4] and len(t.start) == 4), None)
    other = b if span is a else a
    if span is not None and other.grain in _WITHIN_YEAR and not _YEAR_WRITTEN.search(other.text):
        return [span]
    return [a, b]


# --- the model ------------------------------------------------------------------------------------------

@dataclass
class Column:
    header: str = ""
    spec: Spec = NO_SPEC
    period: TimeExpr | None = None
    since: bool = False                       # the header names its period after 'från' ('Förändring från aug 2025')
    span: bool = False                        # the header is a span of months ('1 mån, %', '12 mån')


@dataclass
class Row:
    text: str                                 # the row's line
    offset: int                               # where the line starts in its figures' coordinates
    qs: list                                  # the figures in the line
    cells: list = field(default_factory=list)  # (start, end) spans of its cells in ``text``
    label: str = ""
    spec: Spec = NO_SPEC
    period: TimeExpr | None = None


@dataclass
class Table:
    caption: Spec
    corner: Spec
    columns: list[Column]
    rows: list[Row]
    style: str
    header_cells: list = field(default_factory=list)
    label_column: bool = True
    caption_name: str | None = None        # the measure the caption names ('Månadsmedelpris per elområde')
    signed_levels: tuple = ()              # tables.json signed_levels: header words of signed levels
    count_nouns: frozenset = frozenset()   # entities.json bare_scaled_count nouns: a caption counting things
    ratio_labels: tuple = ()               # tables.json ratio_labels: rows the corner's or caption's unit skips
    price_heads: tuple = ()                # tables.json price_heads: a caption naming a cost keeps its rate
    count_labels: frozenset = frozenset()  # tables.json count_labels: a row label's unit part counting things
    caption_period: TimeExpr | None = None  # the period the caption names ('…, augusti 2026', '…, 2025')
    caption_change: Spec | None = None     # a caption's part naming the change columns ('…; förändring i procent')
    caption_named: dict = field(default_factory=dict)   # a caption piece per column word ('bidrag i procentenheter')
    unless_stated: bool = False            # the caption's unit and change hold 'om inget annat anges' (tables.json)
    split_year_first_month: int = 7        # tables.json: a split year's month in its first year from this one on

    def named_spec(self, col: int | None) -> Spec | None:
        """The caption piece naming this column by its first word ('Förändring i procent, bidrag i procentenheter'
        over 'Bidrag till BNP-tillväxten'), if any."""
        words = self.column(col).header.split()
        return self.caption_named.get(words[0].lower()) if words and self.caption_named else None

    @property
    def caption_changes(self) -> bool:
        """Only the caption names a change ('förändring i procent jämfört med ...'): every data column holds one."""
        named = self.caption.change is not None or self.caption_change is not None and not self.caption.names_unit
        return named and not any(c.spec.change for c in self.columns)

    def column(self, col: int | None) -> Column:
        return self.columns[col] if col is not None and col < len(self.columns) else Column()

    def is_change(self, col: int | None) -> bool:
        """A change column: its header names a change, or the caption does for every column, or for the columns
        headed by a span of months ('Kr/kvm sep 2026 | 1 mån | 12 mån' under '…, kronor per kvadratmeter och
        prisförändring i procent'), or a span column in per cent whatever the caption ('Index | 1 mån, % | 12 mån, %')."""
        column = self.column(col)
        piece = self.named_spec(col)
        if piece is not None:
            return column.spec.change is not None or piece.change is not None
        named = self.caption_change if self.caption_change is not None else \
            self.caption if self.caption.change is not None else None
        if column.spec.change is None and column.spec.names_unit and named is not None and named.names_unit \
                and column.spec.unit != named.unit and column.spec.unit not in ("percent", "percentage_point"):
            return False        # 'Mdkr' beside 'Värde | Volym' under 'Förändring …, procent', 'Index' under '…;
                                # Förändring i procent samt index': the level's own column
        spans = column.span or column.period is not None and column.period.rule == SPAN_COLUMN
        return column.spec.change is not None or self.caption_changes or self.caption_change is not None and spans \
            or spans and column.spec.unit in ("percent", "percentage_point")     # '1 mån, %', '12 mån, %': a rate of
                                                                                 # change over that span

    def level_spec(self) -> Spec:
        """The unit the level (not change) columns share, if they name one and agree ('Budget 2024, mnkr')."""
        levels = [c for c in self.columns[1 if self.label_column else 0:] if c.spec.change is None]
        named = {(c.spec.unit, c.spec.kind, c.spec.scale, c.spec.per) for c in levels if c.spec.names_unit}
        if len(named) != 1 or not all(c.spec.names_unit for c in levels):
            return NO_SPEC      # 'Areal, hektar | Vuxna | Totalt | Förändring': the change is of 'Totalt', not of 'Areal'
        unit, kind, scale, per = next(iter(named))
        return Spec(unit, kind, scale, per)

    def cells(self):
        """Every data figure as (row, column index, figure): the label cell and figures outside cells left out."""
        for row in self.rows:
            for q in row.qs:
                k = _cell_index(row.cells, q.char_start - row.offset)
                if k is None or (k == 0 and self.label_column):
                    continue
                yield row, _column_of(self, row, k), q


def _split(line: str, style: str) -> list[tuple[int, int]]:
    """The cells of one table line as (start, end) spans, white space trimmed; the pipes that open and close a
    markdown row and the indentation of an aligned one are no cells."""
    spans, start = [], 0
    for m in _SEPARATORS[style].finditer(line):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    if style == "pipe" and len(spans) > 1:
        spans = spans[1:] if not line[:spans[0][1]].strip() else spans
        spans = spans[:-1] if spans and not line[spans[-1][0]:].strip() else spans
    elif style == "space" and spans and not line[spans[0][0]:spans[0][1]].strip():
        spans = spans[1:]
    out = []
    for s, e in spans:
        part = line[s:e]
        lead = len(part) - len(part.lstrip())
        out.append((s + lead, s + max(lead, len(part.rstrip()))))
    return out


def _cut_label(text: str, offset: int, qs: list, cells: list, style: str = "space") -> list:
    """A row written with one space between label and figure ('Ej i arbetskraften 2 205') is two cells, cut
    where its first figure starts; so is a first cell that runs into the first figure of a longer row
    ('Kassaflöde löpande verksamhet, Mkr 356     212') in a table aligned by spaces (where cells are marked, a
    label may hold figures: '| Män 15–74 år | 8,2 |'). A figure with words after it in the cell is part of the
    label ('Omkomna per 100 000 inv.     2,1')."""
    if not cells or not qs:
        return cells
    first = cells[0]
    cut = min((q.char_start - offset for q in qs if first[0] < q.char_start - offset < first[1]
               and (len(cells) == 1 or _HAS_DIGIT.search(q.text))      # 'Leveranser, tusen ton' stays
               and not _LETTERS.search(text, q.char_end - offset, first[1])   # 'per 100 000 inv.' too,
               and not text[first[0]:q.char_start - offset].rstrip().endswith((",", "("))), default=None)   # ', 1 000 m3' 
    if cut is None or not text[first[0]:cut].strip() or len(cells) > 1 and style != "space":
        return cells
    return [(first[0], first[0] + len(text[first[0]:cut].rstrip())), (cut, first[1])] + cells[1:]


def _cell_index(cells: list, pos: int) -> int | None:
    for k, (s, e) in enumerate(cells):
        if s <= pos < max(e, s + 1):
            return k
    return None


def _column_of(table: Table, row: Row, k: int) -> int | None:
    """The column of a row's k-th cell: by position in the row when the row has as many cells as the header (or
    the table is not aligned by spaces), else the header cell it overlaps most (aligned columns with gaps)."""
    n = len(table.header_cells)
    if not n:
        return k
    if len(row.cells) == n or table.style != "space":
        return k if k < n else None
    s, e = row.cells[k]
    overlap = [(min(e, he) - max(s, hs), -abs(he - e)) for hs, he in table.header_cells]
    first = 1 if table.label_column and k > 0 and n > 1 else 0     # a figure is not under the labels' header
    return max(range(first, n), key=lambda c: overlap[c])


def _labels_first(rows: list) -> bool:
    """Every full row opens with a cell that holds no figure, or opens with a letter ('Omkomna per 100 000 inv.'): a
    label column, even when the header above it is indented past it and names a period first ('            Kv3 2025
    Kv3 2024' over 'Nettoomsättning  412  367')."""
    widest = max((len(r.cells) for r in rows), default=0)
    full = [r for r in rows if len(r.cells) == widest and r.cells]
    return bool(full) and all(r.text[r.cells[0][0]:r.cells[0][0] + 1].isalpha()   # 'Omkomna per 100 000 inv.'
                              or not any(r.cells[0][0] <= q.char_start - r.offset < r.cells[0][1] and _HAS_DIGIT.search(q.text)
                                         for q in r.qs)     # 'Leveranser, tusen ton': a scale word, no figure
                              for r in full)


SPAN_COLUMN = "span_column"                 # the rule of a column's span of months ('12 mån' under 'oktober 2025')
CHANGE_FROM_COLUMN = "change_from_column"   # ... of a change column from a month ('Förändring från aug 2025')

_SPAN_HEADER = re.compile(r"^(?P<n>\d{1,2}|[^\W\d_]+)\s+(?P<unit>[^\W\d_]+\.?)(?:\s*,?\s*%)?", re.I)   # '12 mån', '1 mån %'


_MONTH_PAIR = re.compile(r"^\s*(?P<a>[^\W\d_]{3,9})\.?\s*/\s*(?P<b>[^\W\d_]{3,9})\.?(?![^\W\d_])")


def _month_pair(header: str, ref: TimeExpr, lex: Lexicon) -> TimeExpr | None:
    """A change column headed by two months under a caption naming one ('Sep/aug, %', 'Sep/sep, %' under
    'september 2026'): the same month twice is the change over twelve months, the months up to and with it; two
    months are the change of the later one from the month before, that month."""
    m = _MONTH_PAIR.match(header)
    months = lex.time["months"]
    a, b = (months.get(m.group(k).lower()) for k in ("a", "b")) if m else (None, None)
    if a is None or b is None or int(ref.start[5:7]) != a:
        return None
    if a != b:
        return TimeExpr(header.strip(), 0, 0, ref.start, ref.start, "month", "point", True, rule="month_pair")
    return TimeExpr(header.strip(), 0, 0, shift_month(ref.start, -11), ref.start, "month", "range", True,
                    rule=SPAN_COLUMN)


def _span_months(header: str, lex: Lexicon) -> int | None:
    """The months a column header spans ('1 mån, %': 1, 'På tolv månader, %': 12; tables.json span_month_words);
    words before the number ('På', a measure's name: 'Villor 12 mån, %') are passed over. None: no span."""
    words = header.split()
    first = next((k for k, w in enumerate(words) if w[:1].isdigit() or parse_number_word(w.lower(), lex) is not None), None)
    if first is None:
        return None
    m = _SPAN_HEADER.match(" ".join(words[first:]))             # 'På tolv månader, %', 'Villor 12 mån, %'
    if not m or m.group("unit").lower() not in lex.derived(_words)["span_words"]:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else parse_number_word(m.group("n").lower(), lex)
    return n if isinstance(n, int) and 1 <= n <= 24 else None


def _month_span(header: str, ref: TimeExpr, lex: Lexicon) -> TimeExpr | None:
    """A column headed by a span of months ('1 mån, %', '12 mån') under a caption naming one month: the months up to
    and with that month."""
    n = _span_months(header, lex)
    if n is None:
        return None
    return TimeExpr(header.strip(), 0, 0, shift_month(ref.start, 1 - n), ref.start, "month", "range", True,
                    rule=SPAN_COLUMN)


def _stacked_header(lines: list[tuple[str, int, list]], style: str) -> list[str] | None:
    """An aligned table whose column headers stand on two lines over the labels' gap ('Kv 3  9 mån  Helår' over
    '2026  2026  2025'): each column's header read as its two parts ('Kv 3 2026'); None when the table does not open
    so (the indented second line names no figure, every cell of the first has a word, the first data row has its
    label)."""
    if style != "space" or len(lines) < 3:
        return None
    (top, _, _), (low, _, low_qs), (first_row, _, _) = lines[:3]
    if low_qs or not first_row[:1].strip():
        return None
    tops, lows = _split(top, style), _split(low, style)
    if low[:1].strip():                 # the corner on the second line ('Provort  okt 2026  …' under an indented
        if top[:1].strip() or len(tops) != len(lows) - 1 \
                or not all(re.search(r"[^\W\d_]", top[a:b]) for a, b in tops):   # 'Antal prov  Antal prov  …')
            return None
        s0, e0 = lows[0]
        return [low[s0:e0]] + [f"{top[a:b]} {low[s:e]}" for (a, b), (s, e) in zip(tops, lows[1:])]
    data = _split(first_row, style)[1:]
    if 2 <= len(tops) < len(lows) == len(data) and len(lows) % len(tops) == 0 \
            and all(re.search(r"[^\W\d_]", top[a:b]) for a, b in tops):
        # a group over each run of columns ('Export' and 'Import' over 'Okt 2026  Okt 2025  Förändr. %' twice): each
        # column's header is its own, then its group's name in brackets (a header still opens with what it measures)
        n = len(lows) // len(tops)
        return [f"{low[s:e]} ({top[a:b]})" for k, (s, e) in enumerate(lows) for a, b in [tops[k // n]]]
    if len(lows) < 2 or len(tops) not in (len(lows), len(lows) + 1) \
            or not all(re.search(r"[^\W\d_]", top[a:b]) for a, b in tops):
        return None
    if len(tops) == len(data) > len(lows):
        # fewer parts below than columns ('Mot juli | Mot aug 2025 | Index' over 'säsongrensat | kalenderkorr.'): the
        # top line names every column in order, a part below goes to the column it stands over (the lines after the
        # first keep their indentation)
        below = {min(range(len(data)), key=lambda k: abs((data[k][0] + data[k][1]) / 2 - (s + e) / 2)): low[s:e]
                 for s, e in lows}
        return [f"{top[a:b]} {below[k]}" if k in below else top[a:b] for k, (a, b) in enumerate(tops)]
    # paired from the right (a segment's first line has lost its indentation; a corner cell may open the top line)
    return [f"{top[a:b]} {low[s:e]}" for (a, b), (s, e) in zip(tops[len(tops) - len(lows):], lows)]


def _header_line(headers: list[str], cells: list[tuple[int, int]]) -> str:
    """A header line with one cell over each data column (the data cells' spans), for headers read from two lines."""
    line = ""
    for (a, _), header in zip(cells, headers):
        line = line.ljust(max(a, len(line) + 2) if line else a) + header
    return line


def _change_spec(spec: Spec) -> Spec:
    """The spec of a caption part naming the change columns, marked a change also when it names it by a compound
    ('prisförändring i procent')."""
    return spec if spec.change is not None else Spec(spec.unit, spec.kind, spec.scale, spec.per, "change", spec.name)


def _named_pieces(part: str, lex: Lexicon) -> tuple[Spec | None, dict]:
    """A caption part of comma pieces each naming a unit ('Förändring i procent, bidrag i procentenheter'): (the
    spec of the one piece naming a change, {first word: spec} of the others, which head the columns opening with
    that word). (None, {}) unless every piece names a unit and exactly one names a change."""
    pieces = [p.strip() for p in part.split(",") if p.strip()]
    specs = [read_spec(p, "caption", lex) for p in pieces]
    if len(pieces) < 2 or not all(sp.names_unit for sp in specs):
        return None, {}
    changes = [k for k, sp in enumerate(specs) if sp.change is not None]
    if len(changes) != 1:
        return None, {}
    named = {p.split()[0].lower(): sp for k, (p, sp) in enumerate(zip(pieces, specs)) if k != changes[0]}
    return _change_spec(specs[changes[0]]), named


def _caption_specs(caption: str, lex: Lexicon) -> tuple[Spec, Spec | None, dict]:
    """(the caption's spec for the level columns, the spec of its part naming the change columns or None, the
    pieces of that part naming other columns: ``_named_pieces``). A caption in parts ('Tusental passagerare;
    förändring i procent mot september 2025', or a unit on each side of 'och': 'kronor per kvadratmeter och
    prisförändring i procent') splits when exactly one part names a change."""
    whole, named = _caption_specs_of(caption, lex)
    if named is None:
        return whole, None, {}
    change, pieces = _named_pieces(named[1], lex)
    return named[0], change or named[2], pieces


def _caption_specs_of(caption: str, lex: Lexicon) -> tuple[Spec, tuple | None]:
    """``_caption_specs`` before the change part's pieces: (whole, None) or (whole, (level spec, change part, its
    spec))."""
    whole = read_spec(caption, "caption", lex)
    parts = [p.strip() for p in re.split(r"[;\n]", caption) if p.strip()]
    split_at_and = len(parts) < 2
    if split_at_and:
        link = re.search(rf"\s(?:{lexicon.alternation(lex.change['level_links']['and'])})\s", caption)
        parts = [caption[:link.start()].strip(), caption[link.end():].strip()] if link else parts
    specs = [read_spec(p, "caption", lex) for p in parts]
    if len(parts) < 2 or split_at_and and not all(sp.names_unit for sp in specs):
        return whole, None
    W = lex.derived(_words)
    changes = [k for k, (p, sp) in enumerate(zip(parts, specs)) if sp.change is not None or W["head_compound"].search(p.lower())]
    if len(changes) != 1:
        return whole, None
    level = "; ".join(p for k, p in enumerate(parts) if k != changes[0])
    return whole, (read_spec(level, "caption", lex), parts[changes[0]], _change_spec(specs[changes[0]]))


def _build(lines: list[tuple[str, int, list]], caption: str | None, published, style: str,
           has_header: bool, lex: Lexicon, header_texts: list[str] | None = None) -> Table:
    """A Table from its lines: (text, offset of the line in its figures' coordinates, figures in the line).
    ``header_texts``: the columns' headers when they are not the first line's cells (``_stacked_header``)."""
    header_cells = _split(lines[0][0], style) if has_header else []
    body = lines[1:] if has_header else lines
    rows = [Row(text, off, qs, _cut_label(text, off, qs, _split(text, style), style)) for text, off, qs in body]
    widest = max((len(r.cells) for r in rows), default=0)
    header = lines[0][0] if has_header else ""
    if header_cells and len(header_cells) == widest - 1 and (style != "space" or _labels_first(rows)):
        header_cells = [(0, 0)] + header_cells         # no corner cell above the labels
    now = lex.derived(_words)["now_words"]
    if header_texts is not None and len(header_texts) == len(header_cells) - (header_cells[:1] == [(0, 0)]):
        header_texts = [""] * (header_cells[:1] == [(0, 0)]) + header_texts
    else:
        header_texts = [header[s:e] for s, e in header_cells]
    froms = lex.derived(_words)["froms"]
    columns = [Column(h, read_spec(h, "header", lex), p, p is not None and _after_from(h, p, froms))
               for h in header_texts for p in (_period(h, published, now),)]
    for c in columns:
        c.span = _span_months(c.header, lex) is not None
    label_column = not columns or columns[0].period is None
    caption_spec, caption_change, caption_named = _caption_specs(caption, lex) if caption else (NO_SPEC, None, {})
    table = Table(caption_spec,
                  columns[0].spec if columns and label_column and columns[0].spec.kind not in ("ordinal", "number")
                  else NO_SPEC, columns, rows, style, header_cells,      # a corner 'Placering' heads the labels only
                  label_column, _name(" ".join(caption.split()).strip(" |:#"), lex.derived(_words)) if caption else None,
                  # the caption's measure also when it names a change ('Prisutveckling per region')
                  tuple(lex.tables.get("signed_levels", ())),
                  frozenset(lex.entities.get("bare_scaled_count", {}).get("nouns", ())),
                  tuple(lex.tables.get("ratio_labels", ())), tuple(lex.tables.get("price_heads", ())))
    table.caption_change, table.caption_named = caption_change, caption_named
    table.count_labels = frozenset(lex.tables.get("count_labels", ()))
    table.split_year_first_month = lex.tables.get("split_year_first_month", 7)
    table.unless_stated = bool(caption) and any(p in caption.lower() for p in lex.tables.get("unless_stated", ()))
    ref = _period(caption, published) if caption else None
    table.caption_period = _caption_period(caption, published) if caption else None
    if ref is None or ref.grain != "month":       # 'Kr/kvm januari 2026 | På tolv månader, %': a column names it
        months = [c.period for c in columns if c.period is not None and c.period.grain == "month"
                  and c.period.start and c.period.start == c.period.end]
        ref = months[0] if len({t.start for t in months}) == 1 else ref
        ends = {c.period.end for c in columns if c.period is not None and c.period.grain in ("month", "quarter") and c.period.end
                and len(c.period.end) == 7}
        if (ref is None or ref.grain != "month") and ends:
            # 'Apr–jun 2026 | Jan–jun 2026 | Rullande 12 mån', 'Kv 1 2026 | Rullande 12 mån': a span of months counts
            # back from the latest month (a quarter's last)
            last = max(ends)
            ref = TimeExpr(last, 0, 0, last, last, "month", "point", True, rule="latest_column_month")
    if ref is not None and ref.grain == "month" and ref.start == ref.end:
        for c in columns:
            if c.period is None:
                c.period = _month_span(c.header, ref, lex) or _month_pair(c.header, ref, lex)   # '12 mån, %' under 'oktober 2025'
    if label_column:
        for row in rows:
            if row.cells:
                s, e = row.cells[0]
                row.label = row.text[s:e]
                row.period = _period(row.label, published)
                row.spec = read_spec(row.label, "label", lex)
                if row.period is not None:
                    row.spec = Spec(row.spec.unit, row.spec.kind, row.spec.scale, row.spec.per, row.spec.change, None)
    return table


# --- deciding each cell ---------------------------------------------------------------------------------

def _cell_spec(table: Table, row: Row, col: int | None) -> tuple[Spec, str | None]:
    """The spec that decides a cell's unit and scale and the per it gets, by the module's precedence."""
    levels = [table.column(col).spec, row.spec]
    piece = table.named_spec(col)
    if piece is not None:
        levels.insert(1, piece)                          # 'bidrag i procentenheter' over 'Bidrag till …'
    if table.is_change(col):
        if table.caption_change is not None:             # '… och prisförändring i procent': the change columns' unit
            levels.append(table.caption_change)
        elif table.caption.change is not None and table.caption.names_unit:
            levels.append(table.caption)                 # 'Förändring mot oktober 2025, procent' over 'Mdkr | Värde |
        levels.append(table.level_spec())                # Volym': the caption's unit is the change's, not 'Mdkr'
    if not _ratio_row(table, row) and not _count_row(table, row):   # 'NYCKELTAL, Mkr' scales amounts, not the
                                                                     # 'K/I-tal' row nor 'Publiksnitt, antal' 
        caption = table.caption_change if table.caption_change is not None and table.is_change(col) else table.caption
        levels += [table.corner, caption]
    unit_spec = next((s for s in levels if s.names_unit), NO_SPEC)
    caption = table.caption
    if caption.per and not caption.unit_rate and caption.unit is None \
            and any(c.spec.per == caption.per and c.spec.kind == "money" for k, c in enumerate(table.columns) if k != col):
        caption = NO_SPEC        # 'Medianlön och löneökning per sektor' over 'Antal svar | Medianlön, kr/mån': the
                                 # rate is the money column's that names it, not the count's beside it
    per = next((s.per for s in [table.column(col).spec, row.spec, table.corner, caption] if s.per), None)
    if per is None and table.is_change(col) and unit_spec.unit not in (None, "percent", "percentage_point"):
        level = table.level_spec()          # 'Förändring, kr' beside 'Kronor per månad': a change of a monthly amount
        per = level.per if level.unit == unit_spec.unit else None
    return unit_spec, per


def _count_row(table: Table, row: Row) -> bool:
    """A row whose label's unit part counts things ('Publiksnitt, antal': tables.json count_labels)."""
    return "," in row.label and row.label.rsplit(",", 1)[1].strip().lower() in table.count_labels


def _ratio_row(table: Table, row: Row) -> bool:
    """A row naming a ratio or margin ('K/I-tal', 'Rörelsemarginal': tables.json ratio_labels)."""
    label = " ".join(row.label.lower().split(",")[0].split())
    return bool(label) and any(label.endswith(w) or label.split()[-1].endswith(w) for w in table.ratio_labels)


def _as_main(p: Quantity, main: Quantity) -> None:
    """A prior figure in brackets takes the unit, scale and rate its main figure's cell was given."""
    if main.scale_source == "table" and p.applied_scale != main.applied_scale and p.value is not None:
        p.value = p.value / (p.applied_scale or 1) * main.applied_scale
        p.applied_scale, p.scale_source = main.applied_scale, "table"
    p.unit, p.kind, p.per, p.unit_source = main.unit, main.kind, main.per, main.unit_source
    p.per_source = main.per_source


def _is_bare(q: Quantity) -> bool:
    return q.unit_text is None and q.kind in ("count", "number") and not q.unit_shared and q.applied_scale == 1


def _apply_unit(q: Quantity, spec: Spec, per: str | None, change: bool) -> None:
    """Give a bare figure the unit, scale and rate its cell's spec names (marked "table")."""
    if spec.scale != 1:
        quantities._apply_scale(q, spec.scale)
        q.scale_source = "table"
    if spec.unit is not None:
        unit, kind = spec.unit, spec.kind
        if change and kind == "percent" and spec.change is None:
            unit = kind = "percentage_point"       # the change of a rate the row, column or caption gives in percent
        q.unit, q.kind, q.unit_text, q.unit_source = unit, kind, None, "table"
    if per and not q.per and q.kind not in ("percent", "percentage_point"):
        q.per, q.per_source = per, "table"
    if spec.names_unit or per:
        q.entity, q.needs_unit = None, False


@lru_cache(maxsize=64)
def _signed_level_re(words: tuple) -> re.Pattern:
    """tables.json signed_levels as one pattern, compiled once per word list (not once per word per cell)."""
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in words) + ")") if words else re.compile(r"(?!)")


def _signed_column(table: Table, col: int | None) -> bool:
    """A column whose every figure is written with a sign ('+1 %', '−2 %', '±0 %') under a header naming no change
    word ('1 mån', '12 mån'): the changes over the span the header names."""
    if col is None:
        return False
    header = table.column(col).header.lower()
    if _signed_level_re(tuple(table.signed_levels)).search(header):
        return False                     # 'Nettotal försäljning': a signed level
    cells = [q for row, c, q in table.cells() if c == col]
    return len(cells) >= 2 and all(q.text.lstrip()[:1] in _SIGNS + "±" or q.value == 0 for q in cells) \
        and any(q.text.lstrip()[:1] in _SIGNS for q in cells)


def _apply_change(q: Quantity, word: str | None) -> None:
    """A figure in a change column: its sign, else the header's word, states its direction."""
    if q.direction is not None or q.value is None or q.value == 0:
        return
    signed = q.text.lstrip()[:1] in _SIGNS or q.value < 0
    if signed or word in (None, "change"):
        q.direction = "increase" if q.value > 0 else "decrease"
    else:
        q.direction = word
    q.direction_source = "table"


def _hint(table: Table, row: Row, col: int | None) -> str | None:
    """The row label or column header naming what a cell measures (the module docstring's rule)."""
    if row.spec.names_unit or row.spec.per:
        return row.spec.name
    column = table.column(col)
    name, strong = column.spec.name, column.spec.names_unit or column.period is not None or table.corner.name is not None
    if column.spec.change is not None:
        named = [c for c in table.columns[1:] if c.spec.change is None and c.spec.name]
        name, strong = (named[0].spec.name, True) if len(named) == 1 else (None, False)
    if name and strong:
        return name
    if not name and table.corner.name is not None and table.caption_name and not row.spec.names_unit:
        return table.caption_name         # rows of a dimension ('Elområde': SE1, SE2 …): the caption names the measure
    return row.spec.name or name


_WITHIN_YEAR = ("month", "quarter", "half")


_YEAR_WRITTEN = re.compile(rf"(?<!\d){YEAR}(?!\d)")      # a year written out


def _cell_period(column: TimeExpr | None, row: TimeExpr | None, split_turn: int = 7) -> TimeExpr | None:
    """A cell's period: its column's, else its row's; a year over a month written without one ('2025' over the row
    'Augusti', or the reverse) is that month of that year; under a split year ('2025/26') a month is in its first
    year from month ``split_turn`` on (tables.json split_year_first_month), else in its second."""
    if column is not None and row is not None:
        year, part = (column, row) if column.grain == "year" else (row, column) if row.grain == "year" else (None, None)
        if year is not None and part.grain in _WITHIN_YEAR and part.start and part.end and year.start and year.end \
                and not _YEAR_WRITTEN.search(part.text):
            first, last = int(year.start[:4]), int(year.end[:4])
            y = str(first) if last == first else str(first if int(part.start[5:7] or 1) >= split_turn else last) \
                if last == first + 1 else None          # 'Kv1' under '2025'; 'November' under '2025/26'
            if y is not None:
                return TimeExpr(f"{part.text} {year.text}", part.char_start, part.char_end, y + part.start[4:],
                                y + part.end[4:], part.grain, part.type, True, rule=part.rule)
    return column or row


_SPANS = (SPAN_COLUMN, CHANGE_FROM_COLUMN)       # column periods that span the months a change is over
_PERIOD_RATES = {"year": "year", "quarter": "quarter", "month": "month", "week": "week", "day": "day"}


def _by_period(table: Table, per: str) -> bool:
    """Whether a table's columns or rows are periods of the grain a caption's 'per …' names: it lays its figures out
    by that period (a breakdown), so none of its cells is a rate of it."""
    grain = _PERIOD_RATES.get(per)
    return grain is not None and (any(c.period is not None and c.period.grain == grain and c.period.rule not in _SPANS
                                      and c.spec.change is None for c in table.columns)   # a change column's is no layout
                                  or any(r.period is not None and r.period.grain == grain for r in table.rows))


def _names_a_price(name: str | None, table: Table) -> bool:
    """A caption naming a cost, fee or price ('Elnätskostnad per år för några typkunder', 'Årskostnad för vatten och
    avlopp'; tables.json price_heads): its rate holds in every period column, as a yearly fee does; it is no
    breakdown by period ('Nettoomsättning per kvartal')."""
    first = (name or "").split(",")[0].split()
    return bool(first) and first[0].lower().endswith(table.price_heads)


def _not_by_period(per: str | None, period: TimeExpr | None) -> str | None:
    """A caption 'Omkomna i vägtrafiken per månad' over rows 'Augusti', 'September': the table counts by month,
    each cell is one month's figure, not a rate. (A row's or column's own 'kr/år' stays a rate under year
    columns: a yearly fee.)"""
    if per is not None and period is not None and _PERIOD_RATES.get(per) == period.grain and period.rule not in _SPANS:
        return None                     # (a span of months is no one month: a monthly wage's change over it stays so)
    return per


def _latest_level_month(table: Table) -> TimeExpr | None:
    """The latest month a column of levels (not of changes) heads ('Index okt 2026'), or None."""
    months = [c.period for c in table.columns if c.spec.change is None and not c.since and c.period is not None
              and c.period.grain == "month" and c.period.end and len(c.period.end) == 7]
    return max(months, key=lambda t: t.end) if months else None


def _latest_period(table: Table) -> TimeExpr | None:
    """A column without a period of its own in a table whose columns have periods ('Sep 2025 | Sep 2024 | Förändring,
    % | Punktlighet, %'): the latest of them, the period the table reports on."""
    dated = [k for k, c in enumerate(table.columns) if c.period is not None and (c.period.end or c.period.start)]
    if len(dated) == 1 and dated[0] > _first_data_column(table):
        # 'Väntande | Inom 90 dagar, % | Inom 90 dagar okt 2025, %': one dated column after undated ones is the
        # comparison beside them; the undated columns are the period the text reports, not that one
        return None
    periods = [table.columns[k].period for k in dated]
    return max(periods, key=lambda t: t.end or t.start) if periods else None


def _first_data_column(table: Table) -> int:
    """The index of the first column that holds figures (after the label column, when there is one)."""
    return 1 if table.label_column and table.columns else 0


def _after_from(header: str, period: TimeExpr, froms: tuple) -> bool:
    """Whether a header names its period after a from-word ('Förändring från aug 2025, %')."""
    low = header.lower()
    return period.text.lower().startswith(froms) or low[:max(0, low.find(period.text.lower()))].endswith(froms)


def _change_period(table: Table, col: int | None) -> TimeExpr | None:
    """The period a change column is about: its own, unless its header names only the comparison point
    ('Förändring mot okt 2024, %'); then, like a change column without one ('Förändring, %'), the latest period
    of the level columns right before it ('Kv3 2025   Kv3 2024   Förändring, %': the third quarter of 2025)."""
    own = table.column(col).period
    cap = table.caption_period
    if own is not None and table.column(col).since and own.type == "point" and own.grain == "month":
        # 'Förändring från aug 2025, %' under '…, augusti 2026', or beside 'Index okt 2026': the change over the months
        # after it up to the caption's month, or else the latest month a level column heads
        to = cap if cap is not None and cap.end and len(cap.end) == 7 else _latest_level_month(table)
        if to is not None and own.end and own.end < to.end:
            return TimeExpr(own.text, own.char_start, own.char_end, shift_month(own.end, 1), to.end, "month", "range",
                            True, rule=CHANGE_FROM_COLUMN)
    if own is not None and own.type == "open_start" and cap is not None and cap.end and own.end and cap.end[:4] < own.end[:4]:
        # 'Förändring sedan 2020, %' under '…, 2025': from 2020 to the caption's year, not to publication
        return TimeExpr(own.text, own.char_start, own.char_end, own.start, cap.end[:4], "year", "open_start", True,
                        rule=own.rule)
    if own is not None and not own.baseline:
        if own.type == "range" and own.start and own.end and len(own.start) == len(own.end) in (4, 7) \
                and own.start[4:] == own.end[4:] and int(own.end[:4]) - int(own.start[:4]) == 1:
            # 'Förändring 2024–2025', 'Förändr. okt 2024–okt 2025, %': a year or a month against the same one a year
            # before, about the later one
            return TimeExpr(own.text, own.char_start, own.char_end, own.end, own.end, own.grain, "point", True,
                            rule="compared_periods")
        return own
    before, undated = [], False
    for k in range(col - 1 if col is not None else -1, -1, -1):
        c = table.column(k)
        if c.spec.change is not None or c.period is None:
            undated = c.spec.change is None and k >= _first_data_column(table)
            break
        before.append(c.period)
    if undated and before and cap is not None and (cap.end or cap.start) \
            and all((t.end or t.start or "")[:4] < (cap.end or cap.start)[:4] for t in before):
        return cap          # 'Totalt | Totalt 2025/26 | Förändring' under '…, jaktåret 2026/27': the caption's period
    return max(before, key=lambda t: (t.end or t.start or "")) if before else None


def apply_table(table: Table, periods: dict | None) -> None:
    """Decide every data cell of a table: unit, scale, rate, period, change and subject hint."""
    signed: dict = {}                          # column -> _signed_column, read once per table, not once per cell
    for row, col, q in table.cells():
        if col not in signed:
            signed[col] = _signed_column(table, col)
        change = table.is_change(col) or row.spec.change is not None or signed[col]
        if change and table.unless_stated and row.spec.names_unit and row.spec.change is None \
                and table.column(col).spec.change is None:
            change = False                     # 'Arbetslöshet, % av arbetskraften' under '… förändring om inget
                                               # annat anges': a level in the row's own unit
        spec, per = _cell_spec(table, row, col)
        period = _change_period(table, col) if table.column(col).spec.change else None
        if period is not None and row.period is not None:
            period = _cell_period(period, row.period, table.split_year_first_month)   # 'November' under '2025/26'
        period = period or _cell_period(table.column(col).period, row.period, table.split_year_first_month) \
            or table.caption_period \
            or _latest_period(table)         # 'Punktlighet per linje, september' over 'Sep 2025': the caption's
        if not (table.column(col).spec.per or row.spec.per or table.caption.unit_rate or table.corner.unit_rate
                or _names_a_price(table.caption_name, table)):
            per = _not_by_period(per, period)       # a caption's or corner's 'per månad' only, not 'kronor per år'
            if per is not None and _by_period(table, per):
                per = None      # 'Nettoomsättning per kvartal, MSEK' over 'Kv1 … Kv4 | Helår': the full year's too
        if q.prior_of is not None and q.unit_shared:
            _as_main(q, q.prior_of)                 # '8,7 (8,4)' under 'Arbetslöshet, procent': the prior alike
        elif _is_bare(q):
            _apply_unit(q, spec, per, change and spec is not table.column(col).spec)   # 'På en månad, %': its own %
            if q.scale_source == "table" and q.unit_source != "table" and _counts_things(table, row, col):
                q.unit = q.kind = "count"           # 'Resor per trafikslag (miljoner)': 4,31 is 4.31 million trips
                q.unit_source, q.needs_unit = "table", False
        if change:
            _apply_change(q, table.column(col).spec.change or row.spec.change or table.caption.change
                          or (table.caption_change.change if table.caption_change is not None else None))
        elif q.direction is None:
            q.direction_source = "table"      # a level: the resolver gives it no direction from other cells' words
            if q.unit == "count" and q.entity is None and q.unit_source != "table" and q.text.lstrip()[:1] in _SIGNS:
                q.unit = q.kind = "number"    # a signed level with no noun ('Nettotal' +35, 'Saldo' −4): a balance
                q.unit_source = "table"
        q.subject_hint = _hint(table, row, col)
        q.header = table.column(col).header or None
        q.in_table = True
        if periods is not None:
            # None: the cell's column and row name no period, so a period another column's header names is not its
            periods[id(q)] = period
    _counted_rows(table)


def _counted_rows(table: Table) -> None:
    """'Omkomna   19   26   24,2' under '2025   2024   Snitt 2020–2024': a bare decimal in a row whose other bare cells
    are counts (an average of them, a five-year mean) counts the same things, when every column heads a period (the
    row names one measure; 'Antal elever | Meritvärde 2026' are two)."""
    if any(c.period is None for c in table.columns[1 if table.label_column else 0:]):
        return
    for row in table.rows:
        bare = [q for q in row.qs if q.in_table and q.unit_text is None and q.unit_source == "text"]
        if {q.kind for q in bare} == {"count", "number"} and not row.spec.unit:
            for q in bare:
                if q.kind == "number" and q.value is not None and q.value >= 0:
                    q.unit = q.kind = "count"


def _counts_things(table: Table, row, col) -> bool:
    """Whether the measure a scaled cell's caption, column or row names opens with a noun of counted things
    ('Resor per trafikslag (miljoner)', 'Gästnätter, tusental'), so its bare figures count them."""
    names = (table.caption_name, table.column(col).spec.name, row.spec.name)
    return any(n and n.split()[0].lower().strip(",:()") in table.count_nouns for n in names)


# --- the two layouts ------------------------------------------------------------------------------------

def _is_header(line: str, qs: list, offset: int, style: str, span_words: tuple = ()) -> bool:
    """A header row has no cell that is a bare figure: a figure in it stands among words ('Andel över 65, %',
    'Förändring 3 mån') or before a comma and a unit ('12 mån, %'), while a data cell is the figure with at most its
    unit ('2 914', '+4,2 %', '12 mnkr')."""
    cells = _split(line, style)
    for q in qs:
        k = _cell_index(cells, q.char_start - offset)
        if k is None:
            return False
        s, e = cells[k]
        rest = line[s:max(s, q.char_start - offset)] + line[min(e, q.char_end - offset):e]
        if _span_cell(line[s:e], span_words) and _LETTERS.search(line[:cells[0][1]]):
            continue                    # 'Region   Kr/kvm sep 2026   1 mån   12 mån': spans of months head columns
        if not _LETTERS.search(rest) and not _UNIT_AFTER_COMMA.match(line, min(e, q.char_end - offset), e):
            return False                # '1 mån, %' names a column (its unit after a comma); '+4,2 %' is data
    return True


def _span_cell(cell: str, span_words: tuple) -> bool:
    """Whether a header cell is a span of months and nothing else ('12 mån', '1 mån %'; tables.json span_month_words)."""
    m = _SPAN_HEADER.fullmatch(cell.strip())
    return m is not None and m.group("unit").lower() in span_words


_UNIT_AFTER_COMMA = re.compile(r"\s*,\s*\S")


def _label_scales(table: Table) -> set:
    """The figures that write a row label's scale after its comma or in its brackets ('Producerat vatten, 1 000 m3',
    'Befolkning (1 000 personer)', 'Debiterat vatten, tusen m3'): the label's unit, no claim (ids)."""
    out = set()
    if not table.label_column:
        return out
    for row in table.rows:
        if not row.cells:
            continue
        s, e = row.cells[0]
        for q in row.qs:
            at = q.char_start - row.offset
            if s <= at < e and q.value in (1e3, 1e6) and row.text[s:at].rstrip().endswith((",", "(")):
                out.add(id(q))
    return out


def _numbered_labels(table: Table, nouns: frozenset) -> set:
    """'Linje' over '2   Centralstationen–Norrhöjden   214 600': a number standing alone in a row's first cell under
    a header of a label noun (entities.json label_nouns: 'Linje', 'Nr', 'Zon') names the row, it is no claim (ids)."""
    words = table.columns[0].header.lower().split() if table.columns else []
    if not table.label_column or not words or words[0] not in nouns:
        return set()
    out = set()
    for row in table.rows:
        if row.cells and row.text[row.cells[0][0]:row.cells[0][1]].strip().isdigit():
            s, e = row.cells[0]
            out |= {id(q) for q in row.qs if s <= q.char_start - row.offset < e}
    return out


def _drop_header_figures(line: str, qs: list, offset: int, style: str, lex: Lexicon) -> list:
    """The header's figures, less those in a change header cell: 'Förändring 3 mån' names a span, no claim; nor does
    a figure before a comma and a unit ('12 mån, %')."""
    cells = _split(line, style)
    keep = []
    for q in qs:
        k = _cell_index(cells, q.char_start - offset)
        if k is not None and _UNIT_AFTER_COMMA.match(line, min(cells[k][1], q.char_end - offset), cells[k][1]):
            continue                    # '12 mån, %': the span a column of changes covers, no claim
        if k is not None and _span_cell(line[cells[k][0]:cells[k][1]], lex.derived(_words)["span_words"]):
            continue                    # '1 mån %' likewise
        if k is None or read_spec(line[cells[k][0]:cells[k][1]], "header", lex).change is None:
            keep.append(q)
    return keep


def _style(lines: list[str]) -> str:
    return "pipe" if any("|" in ln for ln in lines[:2]) else "tab" if any("\t" in ln for ln in lines) else "space"


def apply_table_unit(text: str, qs: list[Quantity], caption: str | None = None, published=None,
                     periods: dict | None = None, lex: Lexicon | None = None) -> None:
    """A table inside one segment (plain text or markdown). ``caption``: the line before it when it stands in a
    block of its own. ``periods``: filled with id(quantity) -> the period heading its column or row."""
    if "\n" not in text:
        return                                        # one line holds no table (speed: most segments)
    lex = lex or lexicon.load()
    lines, pos, ruled = [], 0, False
    for line in text.split("\n"):
        if line.strip() and not _TABLE_RULE.fullmatch(line.strip()):
            lines.append((line, pos, [q for q in qs if pos <= q.char_start < pos + len(line)]))
        elif line.strip() and len(lines) == 1:
            ruled = True                              # '|---|' under the first line: a Markdown header
        pos += len(line) + 1
    lead = 0                                           # 'Befolkningen efter ..., tusental' over its rows; a
    while lead < min(3, len(lines) - 1) and not _TABLE_CELLS.search(lines[lead][0]):     # second caption line
        lead += 1                                      # ('Förändring i procent, bidrag i procentenheter') too
    if 0 < lead < len(lines) and _TABLE_CELLS.search(lines[lead][0]):
        caption = "\n".join(line for line, _, _ in lines[:lead])
        lines = lines[lead:]
    if len(lines) < 2:
        return
    style = _style([ln for ln, _, _ in lines])
    stacked = _stacked_header(lines, style)
    if stacked is not None:                           # 'Kv 3  9 mån' over '2026  2026': the first line names no figure
        named = {id(q) for q in lines[0][2]}
        qs[:] = [q for q in qs if id(q) not in named]
        if len(stacked) > len(_split(lines[1][0], style)):
            lines[1] = (_header_line(stacked, _split(lines[2][0], style)[1:]),) + tuple(lines[1][1:])
        lines = lines[1:]
    md_header = ruled and caption is None or ruled and lines and _TABLE_CELLS.search(lines[0][0]) is not None
    has_header = md_header or stacked is not None \
        or _is_header(lines[0][0], lines[0][2], lines[0][1], style, lex.derived(_words)["span_words"])
    rows = lines[1:] if has_header else lines
    sections = [r for r, _, _ in rows if not _HAS_DIGIT.search(r) and not _TABLE_CELLS.search(r) and len(r.split()) <= 3]
    figured = [r for r, _, _ in rows if _HAS_DIGIT.search(r)]     # 'Passagerare' over its routes' rows: a section label
    if not figured or len(figured) + len(sections) < len(rows) or sections and not has_header \
            or 2 * sum(bool(_TABLE_CELLS.search(r)) for r in figured) < len(figured):
        return                                        # not a table: prose, or a wrapped paragraph
    table = _build(lines, caption, published, style, has_header, lex, stacked)
    apply_table(table, periods)
    scales = _label_scales(table) | _numbered_labels(table, lex.derived(_words)["label_nouns"])
    if scales:
        qs[:] = [q for q in qs if id(q) not in scales]
    if has_header:
        head, off, head_qs = lines[0]
        # a Markdown header's cells name columns ('1 mån', '12 mån'): none of its figures is a claim
        keep = set() if md_header else {id(q) for q in _drop_header_figures(head, head_qs, off, style, lex)}
        dropped = {id(q) for q in head_qs} - keep
        qs[:] = [q for q in qs if id(q) not in dropped]


def apply_table_rows(found: list, published=None, periods: dict | None = None, lex: Lexicon | None = None) -> None:
    """Tables whose rows stand in blocks of their own (HTML: one block per row): a run of at least three
    one-line segments with cell separators in consecutive blocks; the line before it its caption."""
    lex = lex or lexicon.load()
    k = 0
    while k < len(found):
        run = [k]
        while run[-1] + 1 < len(found) and _is_row(found[run[-1] + 1][0]) and _is_row(found[run[0]][0]) \
                and found[run[-1] + 1][0].block == found[run[-1]][0].block + 1:
            run.append(run[-1] + 1)
        if len(run) < 3:
            k += 1
            continue
        before = found[run[0] - 1][0] if run[0] > 0 else None
        caption = before.text if before is not None and before.block == found[run[0]][0].block - 1 \
            and is_caption(before.text) else None
        lines = [(found[i][0].text, 0, found[i][2]) for i in run]
        style = _style([ln for ln, _, _ in lines])
        has_header = _is_header(lines[0][0], lines[0][2], 0, style, lex.derived(_words)["span_words"])
        table = _build(lines, caption, published, style, has_header, lex)
        apply_table(table, periods)
        scales = _label_scales(table)
        for i in run if scales else ():
            found[i][2][:] = [q for q in found[i][2] if id(q) not in scales]
        if has_header:
            head_qs = found[run[0]][2]
            head_qs[:] = _drop_header_figures(lines[0][0], head_qs, 0, style, lex)
        k = run[-1] + 1


def _has_cells(text: str) -> bool:
    """Whether a line has a cell separator (``_TABLE_CELLS``: a tab, a pipe, two spaces), by substring (speed)."""
    return "\t" in text or "|" in text or "  " in text


def _is_row(seg: Segment) -> bool:
    return "\n" not in seg.text and _has_cells(seg.text)


_CAPTION_LABEL = re.compile(r"[*_\s]*(?P<label>[^\W\d_]+)(?:\.?\s*\d+[.:]?|\s*:)\s+(?P<title>[^.]+)")   # 'Tabell 1.', 'Tabell:'


_LIST_LINE = re.compile(r"[^\S\n]*[^:\n\d][^:\n]{0,39}:[^\S\n]*[−–+-]?\d[\d \u00a0]*(?:,\d+)?[^\S\n]*%?[^\S\n]*$"
                        r"|[^\S\n]*\d{4}:[^\S\n]*[−–+-]?\d[\d \u00a0]*(?:,\d+)?[^\S\n]*%?[^\S\n]*$")


def apply_list_unit(text: str, qs: list[Quantity], caption: str | None, lex: Lexicon) -> None:
    """A fact box of 'label: value' lines under a line naming their unit ('FAKTA: Behöriga till yrkesprogram, andel i
    procent' over '2022: 85,9', '2023: 85,1'; or the caption line above them): the bare values take the unit, scale and
    rate of that line (in place, marked "table")."""
    lines = text.split("\n")
    if len(lines) < 2:
        return
    first_listed = _LIST_LINE.fullmatch(lines[0]) is not None
    head = caption if first_listed else lines[0]
    spec = read_spec(head, "caption", lex) if head else NO_SPEC
    if not spec.names_unit:
        return
    spans, at = [], 0 if first_listed else len(lines[0]) + 1
    for line in lines if first_listed else lines[1:]:
        if _LIST_LINE.fullmatch(line):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    if len(spans) < 2:
        return
    for q in qs:
        if _is_bare(q) and any(a <= q.char_start < b for a, b in spans):
            _apply_unit(q, spec, spec.per, False)


def labelled_caption(text: str, lex: Lexicon) -> str | None:
    """A numbered caption of at most three short lines whose lines may end in full stops ('Tabell 1. Försäljningsvolym
    per bransch, oktober 2026' over 'Kalenderkorrigerad volym. Förändring i procent.'): its text after the label, the
    lines kept apart (they may name the levels and the change apart, ``_caption_specs``); else None."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    m = _CAPTION_LABEL.match(lines[0]) if lines else None
    if m is None or len(lines) > 3 or len(text) > 300 or m.group("label").lower() not in lex.tables.get("caption_labels", ()) \
            or _has_cells(text):
        return None
    return "\n".join([lines[0][m.start("title"):].strip(" *_.")] + [line.strip(" *_.") for line in lines[1:]])


def caption_below(text: str, lex: Lexicon) -> str | None:
    """The caption a line below a table gives it, or None: a line opened by a table label, numbered or with a colon
    ('Tabell 1.', 'Tabell:'; tables.json caption_labels), its title being the part after the label up to the next full stop ('*Tabell 1. Andel
    kariesfria per kommun och åldersgrupp 2025, procent. Sista kolumnen avser 2024.*' -> 'Andel kariesfria per
    kommun och åldersgrupp 2025, procent')."""
    if "\n" in text.strip() or len(text) > 300:
        return None
    m = _CAPTION_LABEL.match(text)
    if m is None or m.group("label").lower() not in lex.tables.get("caption_labels", ()):
        return None
    return m.group("title").strip(" *_")


def is_caption(text: str) -> bool:
    """A table caption: one or two short lines that do not end a sentence ('Tabell 1. Arbetskraften ..., tusental';
    'BNP från användningssidan, tredje kvartalet 2025' over 'Säsongsrensad volymförändring mot föregående kvartal (%)')."""
    lines = text.strip().split("\n")
    return len(lines) <= 2 and all(len(line) <= 160 for line in lines) and not ends_sentence(text) \
        and not _has_cells(text)
