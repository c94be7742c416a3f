"""The sentence analyser: the one place where a sentence's figures become claims.

Every caller goes through here: the ``run`` path and the ``extract`` stage (through
``document.extract_document``, which walks a document's sentences), the
``quantities`` and ``times`` commands and the tests (through ``analyse_text``,
which treats one line as a document of one sentence). What a sentence cannot
know by itself (the publication date, the electoral term the document names,
the governing heading, the periods and subject of the sentences before it, the
speaker of its paragraph, the claims already seen) travels in one explicit
``DocContext``. So the same sentence gives the same claim from every caller,
except where that context is the reason; the quantity then says so
(``unit_inferred``, ``unit_source``/``per_source``/``scale_source`` = "table").

Deciding period and change for each figure is ``resolve``'s job; the scans
(``times.find_times``, ``quantities.find_quantities``) are run by the
coordinator, ``document.extract_segments``, because a document's relative years
and tables are settled between them.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import date

from pipeline import lexicon
from pipeline.extraction import context, resolve, speakers, subjects, syntax
from pipeline.lexicon import Lexicon
from pipeline.extraction.quantities import Quantity
from pipeline.segment import Segment
from pipeline.extraction.text import ends_sentence, sentence_lower
from pipeline.extraction.times import TimeExpr, find_times, parse_published


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
    subject_source: dict | None = None     # the rule that chose the subject, its phrase and offsets (subjects.py)

    def to_dict(self) -> dict:
        return asdict(self)


class LazySubject:
    """The subject a sentence without figures leaves for the next one: found only if a later sentence
    refers back to it ('Men den är ändå på 12,9 procent'), which few do (speed)."""
    __slots__ = ("text", "before", "lex", "_value", "_done")

    def __init__(self, text: str, before, lex: Lexicon | None = None):
        self.text, self.before, self.lex, self._done = text, before, lex, False

    def get(self) -> str | None:
        chain = [self]                     # a long run of sentences without figures: no recursion
        while isinstance(chain[-1].before, LazySubject) and not chain[-1]._done:
            chain.append(chain[-1].before)
        for lazy in reversed(chain):
            if not lazy._done:
                before = lazy.before._value if isinstance(lazy.before, LazySubject) else lazy.before
                lazy._value = subjects.lead_subject(lazy.text, lazy.lex) or before
                lazy._done, lazy.before = True, None
        return self._value


@dataclass
class DocContext:
    """What the document around a sentence says: passed to ``analyse_sentence`` explicitly, updated by it as the
    document is read in order. A fresh context is a document of one sentence."""
    published: str | None = None
    backend: object = None
    doc_text: str | None = None                     # for paragraph-level attribution; None: the sentence alone
    pub: date | None = None
    column_periods: dict = field(default_factory=dict)   # id(quantity) -> the period heading its table column
    blocks: dict = field(default_factory=dict)      # block number -> its segments
    # state carried from sentence to sentence
    previous_times: list = field(default_factory=list)
    previous_times_block: int | None = None
    previous_looks_back: bool = False               # the sentence that named them looks back ('förra året', 'motsvarande')
    previous_preterite: bool = False                # the sentence that named them tells of the past ('Under 2023 ökade')
    previous_times_index: int = -1                  # the index of that sentence
    paragraph_times: list = field(default_factory=list)   # the first periods stated in previous_times_block
    previous_block: int | None = None
    previous_kind: str | None = None
    previous_subject: object = None
    heading_times: dict = field(default_factory=dict)
    block_attr: dict = field(default_factory=dict)
    seen: dict = field(default_factory=dict)        # (normalised sentence, quantity text) -> first claim index
    n_claims: int = 0
    publisher: str | None = None                    # who sends the document (ingest): first-person statements' speaker
    speaker_state: dict = field(default_factory=dict)   # speakers.py: credits carried from paragraph to paragraph
    previous_claims: list = field(default_factory=list)   # the claims of the last sentence that had figures
    document_period: object = None                  # the period the title or lead paragraph names (resolve.py)
    document_period_block: object = None            # the lead paragraphs read so far; "closed" once decided
    document_title_period: bool = False             # the title named it (the lead may not change it)
    document_period_opening: bool = False           # the lead's first sentence named it
    document_coming: bool = False                   # it is a coming year a change starts in ('från 1 januari 2026')
    lead_sentences: int = 0                         # lead sentences naming a period so far (resolve.note_document_period)
    lead_current: bool = False                      # the lead named a month of the publication year (note_document_period)
    named_periods: dict = field(default_factory=dict)   # 'verksamhetsåret' -> the period it was named with
    measured_period: object = None                  # when the document's survey was measured (resolve.measured_period)
    bracket_period: object = None                   # what 'Siffror inom parentes avser …' names (resolve.bracket_period)
    dated_days: dict = field(default_factory=dict)  # '02-01' -> {'2027'}: days named with their year (_year_of_named_day)
    prices: dict = field(default_factory=dict)      # the document's last rated price (context.priced_rates)
    named_measures: dict = field(default_factory=dict)  # a measure noun's stem -> its rated figure (context.named_rates)
    topic_periods: list = field(default_factory=list)   # the lead's (topic word, period) pairs (resolve.topic_periods)
    lead_over: bool = False                         # a section heading has been read: the lead is over
    lex: Lexicon | None = None                      # the Swedish Defaults; None: ``lexicon.load()``

    def __post_init__(self):
        if self.pub is None:
            self.pub = parse_published(self.published)
        if self.lex is None:
            self.lex = lexicon.load()


def times_of(text: str, published=None) -> list[TimeExpr]:
    """The time expressions of one line, resolved against ``published`` (the ``times`` command)."""
    return find_times(text, published)


_FINER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5}      # time grains, finest first


def _within_document_period(t: TimeExpr, period: TimeExpr | None) -> bool:
    """Whether ``t`` is a part of the period the document is about, finer than it ('i mars' in a report on the winter
    2025/26): a detail of one paragraph, which the next paragraph does not continue (it is about the whole period
    again)."""
    if period is None or not (period.start and period.end and t.start and t.end):
        return False
    finer = _FINER.get(t.grain, 9) < _FINER.get(period.grain, 9)
    return finer and period.start[:len(t.start)] <= t.start and t.end[:len(period.end)] <= period.end


def _note_paragraph(own: list[TimeExpr], seg: Segment, ctx: DocContext) -> None:
    """Remember the first periods a paragraph states (what it is about) for ``_paragraph_period``."""
    if ctx.previous_times_block != seg.block:
        ctx.paragraph_times = own


def _paragraph_period(carried: list[TimeExpr], ctx: DocContext) -> list[TimeExpr]:
    """What a new paragraph continues of the one before: its last stated period, or the period it opened with when
    the last one looked back before it ('Enligt inventeringen vintern 2025/26 fanns 9 familjegrupper. … Vid
    inventeringen vintern 2024/25 beräknades stammen till 131 vargar.' | 'Lodjursstammen beräknades till 27
    familjegrupper' is about 2025/26 again), or when it ended on a span of earlier years up to it ('Under 2025 var
    avbrottstiden 142 minuter. … Tioårsgenomsnittet för 2016–2025 är 118 minuter.' | 'Totalt drabbades 164 000
    kunder' is about 2025)."""
    first = ctx.paragraph_times
    if carried and first and all(t.start for t in first) \
            and all(t.end and f.end and t.start[:4] < f.start[:4] and t.end[:4] <= f.end[:4] for t in carried for f in first):
        return list(first)
    return carried


def _day_within(t: TimeExpr, period: TimeExpr | None) -> bool:
    """A day inside a longer period the document reports on ('Den första snön föll den 19 november' in a report on
    the winter 2025/26): the day of its sentence's event, which the next sentence, about the period, does not
    continue."""
    return t.grain == "day" and t.rule != "relative_day" and period is not None and period.grain != "day" \
        and _within_document_period(t, period)


def _day_before_report(t: TimeExpr, period: TimeExpr | None) -> bool:
    """A day before the period the document reports on ('vid årsskiftet' in a report on January–September): the
    point its sentence compares with or starts from, not a period the next sentence continues ('i dag' is now,
    which it does continue)."""
    return t.grain == "day" and t.rule != "relative_day" and period is not None and bool(period.start) and t.end is not None \
        and t.end < period.start[:len(t.end)]


_YEAR_WRITTEN = re.compile(r"\d{4}")


def _year_of_named_day(times: list[TimeExpr], dated: dict) -> None:
    """'Från och med den 1 februari 2027 höjs taxan. … Efter den 1 februari blir avgiften 800 kronor': a day named
    without a year after the document named the same day with one is that day again, not the day of the
    publication year (in place). Not when the day was named with two years ('från 1 april 2025 … från 1 april
    2026'): which one is meant is not said. Remembers the years each day was named with in ``dated``."""
    for t in times:
        if t.grain != "day" or t.rule == "relative_day" or not t.start or len(t.start) != 10 or t.end != t.start:
            continue
        if _YEAR_WRITTEN.search(t.text):
            dated.setdefault(t.start[5:], set()).add(t.start[:4])
            continue
        years = dated.get(t.start[5:], ())
        if len(years) == 1 and t.start[:4] not in years:
            t.start = t.end = next(iter(years)) + t.start[4:]


def _enter(seg: Segment, times: list[TimeExpr], ctx: DocContext) -> list[TimeExpr]:
    """Update the carried periods as a new sentence begins; returns the periods of the heading governing it."""
    if seg.kind in ("heading", "title"):
        resolve.reported_quarters(seg.text, times, ctx.pub)     # 'FJÄRDE KVARTALET' over a year-end report
        # the period a heading governs; a comparison period it names ('... jämfört med samma period 2022') is not one
        # and a period it looks ahead to ('Ljusare utsikter inför 2026') is not one either
        ctx.heading_times[seg.index] = [resolve.measured_instead(resolve.reviewed(seg.text, t, ctx.lex), ctx)  # 'Årsmöte 2026': 2025
                                        for t in times
                                        if t.start and not t.baseline and not resolve.ahead(seg.text, t, ctx.lex)
                                        and t.type in ("range", "point", "term", "open_start", "open_end")]
        if seg.kind == "heading" and not ctx.heading_times[seg.index] and ctx.topic_periods:
            ctx.heading_times[seg.index] = resolve.heading_topic(seg.text, ctx.topic_periods, ctx.lex)
        ctx.lead_over = ctx.lead_over or seg.kind == "heading"
    if not ctx.lead_over and not ctx.topic_periods and len(times) > 1 and not ends_sentence(seg.text):
        ctx.topic_periods = resolve.topic_periods(seg.text, times, ctx.lex)
    if seg.kind in ("heading", "title") or seg.block != ctx.previous_block and (seg.kind != "sentence" or ctx.previous_kind != "sentence"):
        ctx.previous_times = []            # a paragraph continues the period of the paragraph before it; lists do not
    elif seg.block != ctx.previous_block:
        # ... but only a stated period: 'sedan 1990' and 'senast 2045' frame their own sentence's change or goal
        ctx.previous_times = _paragraph_period([t for t in ctx.previous_times if t.type in ("point", "range", "term")
                                                and not _within_document_period(t, ctx.document_period)], ctx)
    ctx.previous_block, ctx.previous_kind = seg.block, seg.kind
    _year_of_named_day(times, ctx.dated_days)
    resolve.anchor_named_periods(seg.text, times, ctx)
    resolve.note_document_period(seg, times, ctx)
    resolve.seasons_of_coming_year(times, ctx)
    return ctx.heading_times.get(seg.heading, []) if seg.heading is not None and seg.kind not in ("heading", "title") else []


def analyse_sentence(seg: Segment, times: list[TimeExpr], qs: list[Quantity], ctx: DocContext) -> list[Claim]:
    """The claims of one sentence, given its scanned times and figures and the document context (updated)."""
    governing = _enter(seg, times, ctx)
    if not qs:                                   # most sentences: only what later sentences need from them (speed)
        _pass_over(seg, times, ctx)
        return []
    speaker_candidates = speakers.candidates(seg, ctx)
    parse = ctx.backend.parse(seg.text) if ctx.backend is not None and getattr(ctx.backend, "has_parser", False) else None
    context.percent_nouns(seg.text, qs, ctx.lex)         # 'Totalkostnadsprocenten förbättrades till 92,6'
    context.sentence_rates(seg.text, qs, ctx.lex)
    if ctx.previous_claims and ctx.previous_claims[-1].sentence["index"] == seg.index - 1:
        context.carried_rates(seg.text, qs, ctx.previous_claims, ctx.lex)    # 'Det är 2 310 kronor mer …': its rate
    context.priced_rates(seg.text, qs, ctx.prices, ctx.lex)   # '… har bensinpriset sjunkit med 45 öre': per litre
    context.named_rates(seg.text, qs, ctx.named_measures, ctx.lex)   # 'Kvinnornas sjukpenningtal var 13,6 dagar'
    context.counted_rates(qs)                    # 'Elever per lärare 12,0': a number at a rate counts
    resolve.carry_back(seg, ctx, times, qs)      # 'Det är en minskning med 2 procent': the figure before changed
    decided = resolve.resolve_sentence(seg, times, qs, ctx, governing)
    # subject: decided by subjects.SUBJECT_RULES from the sentence, its parse and the sentence before
    if parse:
        for q in qs:
            if q.kind == "count" and q.entity is None:
                q.entity = syntax.counted_noun(parse, q.core_start, q.core_end)
    found = subjects.sentence_subjects(seg.text, qs, times, parse, ctx.previous_subject, seg.kind, ctx.lex)
    claims: list[Claim] = []
    # the sentence as a repeat is recognised: a digest, so that a document of thousands of figures keeps no copy
    # of its sentences per figure
    norm = hashlib.sha1(" ".join(sentence_lower(seg.text).split()).encode()).digest()
    for q, (time, change), sub in zip(qs, decided, found):
        subject = sub["text"] if sub else None
        types = context.claim_types(seg.text, q, change, ctx.lex)
        quantity = q.public()
        quantity["char_start"] += seg.start
        quantity["char_end"] += seg.start
        resolve.shift_evidence(time, change, seg.start)
        key = (norm, q.text)
        claims.append(Claim(
            sentence={"index": seg.index, "text": seg.text, "char_start": seg.start, "char_end": seg.end},
            quantity=quantity, time=time, change=change, subject=subject,
            claim_type=types[0], claim_types=types, attribution=speakers.for_figure(speaker_candidates, quantity["char_start"]),
            duplicate_of=ctx.seen.get(key), segment_kind=seg.kind, subject_source=subjects.shift(sub, seg.start)))
        ctx.seen.setdefault(key, ctx.n_claims)
        ctx.n_claims += 1
    # what 'Det'/'den' in the next sentence refers to: this sentence's first subject (None if it names none)
    ctx.previous_subject = next((f["text"] for f in found if f), None)
    if claims:
        ctx.previous_claims = claims
    own = [t for t in times if not t.baseline and t.start and t.type not in ("sequence", "average")
           and t.rule not in _NOT_CARRIED and not resolve.occasion(seg.text, t, ctx.lex)   # a span dates its change only
           and not _day_before_report(t, ctx.document_period) and not resolve.labels_figure(seg.text, t)
           and not _day_within(t, ctx.document_period)]
    compared = {t.start[:4] for t in times if t.baseline and t.start and any(c.isdigit() for c in t.text)}
    if not own and any(t.start and t.start[:4] in compared for t in ctx.previous_times):
        ctx.previous_times = []          # 'År 2015 var andelen 46 procent. … hälften så många som 2015': the text has
                                         # turned back from that period; it carries no further
    if any(id(q) in ctx.column_periods for q in qs):
        # a table's periods head its columns and rows: the prose after it continues neither them nor the period
        # of the prose before the table ('… 74 miljoner kronor 2028 och 89 miljoner kronor 2029.' | table | 'Barn-
        # och utbildningsnämnden får det största tillskottet, 56 miljoner kronor' is about the budget year)
        ctx.previous_times = []
    elif own:
        _note_paragraph(own, seg, ctx)
        ctx.previous_times, ctx.previous_times_block = own, seg.block
        ctx.previous_looks_back, ctx.previous_times_index = resolve.looks_back(seg.text, ctx.lex), seg.index
        ctx.previous_preterite = resolve.preterite(seg.text, ctx.lex)
    return claims


# time rules whose periods hold for their own sentence only: a change's span ('på tolv månader') dates that change, a
# forecast horizon ('det kommande året') that forecast, 'det senaste året' what its sentence tells of ('hade varit i
# kontakt med kommunen under det senaste året'); the next sentence is about the period before again
_NOT_CARRIED = frozenset({"change_span", "coming_year", "rolling_year"})


def _pass_over(seg: Segment, times: list[TimeExpr], ctx: DocContext) -> None:
    """A sentence without figures gives no claim but leaves what later sentences read: the credits carried on
    (``speakers.track``), a change it states of the figure before ('Det är en minskning med 2 procent'), the period
    it names (not an open end: 'senast 2045' frames its own sentence), and its subject, found only if asked for."""
    speakers.track(seg, ctx)
    resolve.carry_back(seg, ctx, times)
    own = [t for t in times if not t.baseline and t.start and t.type not in ("sequence", "open_end", "average")
           and t.rule not in _NOT_CARRIED and not resolve.occasion(seg.text, t, ctx.lex)
           and not _day_before_report(t, ctx.document_period) and not _day_within(t, ctx.document_period)]
    if own:
        _note_paragraph(own, seg, ctx)
        ctx.previous_times, ctx.previous_times_block = own, seg.block
        ctx.previous_looks_back, ctx.previous_times_index = resolve.looks_back(seg.text, ctx.lex), seg.index
        ctx.previous_preterite = resolve.preterite(seg.text, ctx.lex)
    if seg.kind != "heading":
        ctx.previous_subject = LazySubject(seg.text, ctx.previous_subject, ctx.lex)


def analyse_text(text: str, published: str | None = None, backend=None, lex: Lexicon | None = None) -> list[Claim]:
    """One line as a document of one sentence: what the ``quantities`` command and quick checks use.

    It is ``extract_document`` on a document whose only segment is the whole line, so a sentence given here gets
    the claims ``run`` gives it, except where the rest of a document is the reason."""
    from pipeline.extraction.document import extract_segments
    seg = Segment(index=0, start=0, end=len(text), text=text, kind="sentence", block=0, heading=None)
    return list(extract_segments(text, [seg], published, backend, lex=lex))
