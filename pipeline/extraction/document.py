"""Stage 3, extract: a Document and its segments -> claims (quantity + time + change + context).

A thin coordinator: the document-level passes that need every sentence
(the electoral term a document defines, relative years anchored to the last
year named, tables, the currency a bare 'miljard' is in) and then the
sentence analyser (``pipeline.extraction.analyse``) on each sentence in order, with the
document context it needs. Period and change are decided in
``pipeline.extraction.resolve``, tables read in ``pipeline.extraction.tables``.
"""
from __future__ import annotations

from collections import Counter

from pipeline.extraction import context, resolve, speakers
from pipeline import lexicon
from pipeline.lexicon import Lexicon
from pipeline.extraction.analyse import Claim, DocContext, analyse_sentence
from pipeline.ingest import Document
from pipeline.extraction.quantities import Quantity, find_quantities
from pipeline.segment import Segment
from pipeline.extraction.tables import (apply_list_unit, apply_table_rows, apply_table_unit, caption_below, is_caption,
                                        labelled_caption)
from pipeline.extraction.numbers import parse_number_word
from pipeline.extraction.times import TimeExpr, find_times
from pipeline.extraction.text import NEXT_WORD, WORD


def document_term(times_by_segment: list[list[TimeExpr]], lex: Lexicon) -> tuple[int, int] | None:
    """An electoral term the document itself names ('vårt styre 2018 – 2022'), if any."""
    conf = lex.time["electoral_term"]
    for times in times_by_segment:
        for t in times:
            if t.type == "range" and t.grain == "year" and t.start and t.end:
                a, b = int(t.start), int(t.end)
                if b - a == conf["length_years"] and (a - conf["first_election_year"]) % conf["length_years"] == 0:
                    return a, b
    return None


def _explicit_year(t: TimeExpr) -> int | None:
    """The year of a written-out point in time ('under 2023', 'i augusti 2023'), or None."""
    if t.type == "point" and not t.baseline and t.start and t.end and t.start[:4] == t.end[:4] and t.start[:4].isdigit():
        return int(t.start[:4])
    return None


def anchor_anaphoric_years(text: str, times: list[TimeExpr], last_year, lex: Lexicon, published: str | None = None):
    """'Under 2023 ... jämfört med 68 året innan', 'Under året togs 410 verk i drift': relative years that count from
    the year the text is about (the last one named before, in this sentence or earlier) rather than from the
    publication date (record comparisons, 'den lägsta nivån sedan 1970-talet', are baselines from find_times).
    Returns the last named year after this sentence."""
    tl = lex.time
    ahead = None                                # does the sentence speak of what is coming or expected (worked out once)
    for t in times:
        year = _explicit_year(t)
        if year is not None and t.grain == "day" and (resolve.occasion(text, t, lex)
                                                      or published and t.start == str(published)[:10]):
            continue                            # 'behandlar årsredovisningen den 18 maj': a meeting's day, no year told;
                                                # 'Publicerad 12 mars 2026': the dateline, not the year told of
        if year is not None:
            if ahead is None:
                ahead = resolve.speaks_ahead(text, lex)
            if not t.baseline and not ahead:    # 'Jämfört med före pandemin, 2019, …': a comparison point is not
                last_year = year                # the year the text is about, so no later 'året innan' counts from it;
            continue                            # nor is a forecast's ('Vi räknar med … under 2027')
        key = t.text.lower()
        if t.type == "relative" and t.grain == "year" and t.resolved and t.start and not t.baseline \
                and key not in tl["anaphoric_years"] and tl["relative_years"].get(key, 0) < 0 and t.start[:4] == t.end[:4]:
            last_year = int(t.start[:4])        # 'sjönk i fjol till 1 188, från 1 406 året innan': 'i fjol' is named
            continue
        words = key.split()
        if isinstance(last_year, int) and t.type == "relative" and t.grain == "year" and len(words) == 3 \
                and words[2] in tl.get("anaphoric_offsets", ()):       # 'År 2023 ... jämfört med 46 procent fem år tidigare'
            n = int(words[0]) if words[0].isdigit() else parse_number_word(words[0])
            if n is not None:
                y = str(last_year + tl["relative_offsets"][words[2]] * n)
                t.start, t.end, t.resolved = y, y, True
                continue
        if last_year is not None and t.type == "relative" and t.grain == "year" and key in tl["anaphoric_years"]:
            off = tl["relative_years"][key]
            if isinstance(last_year, tuple):    # 'läsåret 2024/25 … jämfört med 223,0 året innan': 2023/24
                t.start, t.end = str(last_year[0] + off), str(last_year[1] + off)
            else:
                t.start = t.end = str(last_year + off)
            t.resolved = True
            t.type = "point"                    # anchored to a named year, it is a stated period (it carries on)
        elif t.rule == "year_slash" and t.start and t.end and t.start[:4].isdigit() and t.end[:4].isdigit() \
                and not t.baseline:
            last_year = (int(t.start[:4]), int(t.end[:4]))   # a school or fiscal year: 'året innan' is the one before
    return last_year


def extract_document(doc: Document, segments: list[Segment], backend=None, lex: Lexicon | None = None) -> list[Claim]:
    """Pure core of the stage: a document's claims, in text order."""
    return list(iter_claims(doc, segments, backend, lex))


def iter_claims(doc: Document, segments: list[Segment], backend=None, lex: Lexicon | None = None):
    """The claims of ``extract_document`` one at a time, so that a run writes each record as it comes instead of
    holding every claim of a large document (memory bounded)."""
    return extract_segments(doc.text, segments, doc.published, backend,
                            publisher=getattr(doc, "publisher", None), title=doc.title, lex=lex)


def extract_segments(text: str, segments: list[Segment], published: str | None, backend=None,
                     publisher: str | None = None, title: str | None = None, lex: Lexicon | None = None):
    """The document-level passes, then the sentence analyser on each sentence in order; yields claims.

    1. times: every sentence's time expressions; the electoral term the document names; relative years anchored
       to the last year named ('året innan'); record comparisons marked as baselines; the period a survey says it
       was measured in ('mätmånad september 2025', wherever it stands);
    2. figures: every sentence's quantities, then what tables give their cells (unit, scale, column period);
    3. units: a bare scaled amount ('1 miljard') is a count when its clause is about 'antalet', else the money
       of the document;
    4. claims: ``analyse.analyse_sentence`` with the document context, sentence by sentence.

    ``lex``: the Swedish Defaults (``lexicon.load()`` when not given), carried to every rule in the DocContext."""
    lex = lex or lexicon.load()
    all_times = [find_times(seg.text, published) for seg in segments]
    term = document_term(all_times, lex)
    last_year = None
    for seg, times in zip(segments, all_times):
        last_year = anchor_anaphoric_years(seg.text, times, last_year, lex, published)
    ctx = DocContext(published=published, backend=backend, doc_text=text,
                     publisher=speakers.document_publisher(text, title, publisher, lex), lex=lex,
                     measured_period=resolve.measured_period(segments, all_times, lex),
                     bracket_period=resolve.bracket_period(segments, all_times, lex))
    found: list[tuple[Segment, list[TimeExpr], list[Quantity]]] = []
    for k, (seg, times) in enumerate(zip(segments, all_times)):
        if term:
            for t in times:
                if t.type == "term":            # 'mandatperioden' is the term this document names
                    t.start, t.end, t.resolved = str(term[0]), str(term[1]), True
        qs = find_quantities(seg.text, times)
        caption = _caption_of(text, segments, k, lex)
        apply_table_unit(seg.text, qs, caption, published, ctx.column_periods, lex)
        head = segments[k - 1].text if caption is None and k and segments[k - 1].block == seg.block \
            and is_caption(segments[k - 1].text) else caption          # the line right above, in the same block
        apply_list_unit(seg.text, qs, head, lex)
        found.append((seg, times, qs))
    apply_table_rows(found, published, ctx.column_periods, lex)
    infer_units(found, lex)
    index_numbers(found, lex)
    for seg in segments:
        ctx.blocks.setdefault(seg.block, []).append(seg)
    pending: list[Claim] = []       # a sentence's claims wait for the next sentence with figures, which may name
    for seg, times, qs in found:    # their change ('Det är en minskning med 2 procent'; resolve.carry_back)
        claims = analyse_sentence(seg, times, qs, ctx)
        if claims:
            yield from pending
            pending = claims
    yield from pending


def _caption_of(text: str, segments: list[Segment], k: int, lex: Lexicon) -> str | None:
    """The caption of a table standing in segment ``k``: a numbered one above it ('Tabell 1. Befolkningen,
    tusental'), else a numbered one below it that heads no table of its own ('*Tabell 1. Andel kariesfria …,
    procent. Sista kolumnen avser 2024.*'), else a short line above it."""
    seg = segments[k]
    if "\n" not in seg.text:
        return None                             # one line holds no table (speed: most segments)
    before = segments[k - 1] if k > 0 else None
    above = before.text if before is not None and before.block == seg.block - 1 and is_caption(before.text) else None
    if above is not None and caption_below(above, lex) is not None:
        return above                            # 'Tabell 1. Arbetskraften …, tusental' over its rows
    block = [s for s in segments[max(0, k - 4):k] if before is not None and s.block == before.block == seg.block - 1]
    labelled = labelled_caption(text[block[0].start:block[-1].end], lex) if above is None and block else None
    if labelled is not None:
        return labelled                         # 'Tabell 1. …, oktober 2026' | 'Kalenderkorrigerad volym. Förändring
                                                # i procent.' over its rows
    below = [s for s in segments[k + 1:k + 6] if s.block == seg.block + 1]     # the paragraph below, whole (its
    numbered = caption_below(text[below[0].start:below[-1].end], lex) if below else None   # sentences split
    after = next((s for s in segments[k + 1:k + 8] if s.block == seg.block + 2), None)     # 'Tabell 1.')
    if numbered is not None and not (after is not None and "\n" in after.text):
        return numbered                         # (not the caption over the next table: 'Tabell 2. …' | its rows)
    return above


SAME_MEASURE_RATIO = 100    # two figures of one count differ by less than this factor (a part, a level, a change)


def _same_magnitude(a, b) -> bool:
    va, vb = abs(a.value or 0), abs(b.value or 0)
    return bool(va and vb) and max(va, vb) / min(va, vb) < SAME_MEASURE_RATIO


def index_numbers(found: list, lex: Lexicon) -> None:
    """'Konsumentförtroendeindikatorn steg med 2,6 enheter till 96,4', 'Nettotalet backade med 5 enheter till 27': in a
    sentence opening with an index, an indicator or a net balance (entities.json index_sentences) the figures that
    count nothing, or count 'enheter', are numbers (in place)."""
    spec = lex.entities["index_sentences"]
    heads, units = tuple(spec["heads"]), frozenset(spec["units"])
    for seg, _, qs in found:
        first = seg.text.split(None, 1)[0].lower().strip("*#(") if seg.text.strip() else ""
        if not first.split("-")[-1].endswith(heads):      # 'Nöjd-medborgar-index (NMI) blev 58': the last part
            continue
        for q in qs:
            if q.kind == "count" and q.unit_source != "table" and (q.entity is None or q.entity.lower() in units):
                q.kind, q.unit, q.entity = "number", "number", None


def infer_units(found: list, lex: Lexicon) -> None:
    """A bare scaled amount ('1 miljard mot ...'): a count when its clause is about 'antalet X' or it is a part of a
    count ('varav 3,9 miljoner'; 'Av dem finns 0,6 miljoner' after a sentence ending in one) or of times ('1,1
    miljoner gånger'), else the document's money (``unit_inferred``, ``unit_source = "document"``)."""
    currencies = Counter(q.unit for _, _, qs in found for q in qs if q.kind == "money")
    count_heads = frozenset(lex.entities["bare_scaled_count"]["count_subject_heads"])
    last = None                                 # the last figure of the sentence before
    for seg, _, qs in found:
        previous, last = last, (qs[-1] if qs else None)
        for i, q in enumerate(qs):
            if not q.needs_unit:
                continue
            if context.unit_stated_after(seg.text, q, lex):
                continue
            whole = context.part_of(seg.text, q, qs[i - 1] if i else None, lex)
            if whole is not None:               # '12,1 miljoner gästnätter, varav 3,9 miljoner'
                q.kind, q.unit, q.entity = whole.kind, whole.unit, whole.entity
                continue
            whole = context.part_of_previous(seg.text, q, previous, lex) if i == 0 else None
            if whole is not None:               # '… 1,4 miljoner. Av dem finns 0,6 miljoner …': the sentence before
                q.kind, q.unit, q.entity, q.unit_source = whole.kind, whole.unit, whole.entity, "document"
                continue
            sibling = next((o for o in reversed(qs[:i]) if o.kind == "count" and (o.entity or o.applied_scale != 1)), None)
            if sibling is not None and not any(o.kind == "money" for o in qs) and _same_magnitude(sibling, q):
                # 'tappade 22 000 gästnätter och hamnade på 1,18 miljoner': the sentence counts, it names no money,
                # and the amount is of the count's size ('3,2 miljoner får dela på 28,4 miljarder' is not)
                q.kind, q.unit, q.entity = "count", "count", sibling.entity
                continue
            after = NEXT_WORD.match(seg.text, q.char_end)
            if after and after.group(1).lower() in lex.numbers["times_words"]:
                q.kind, q.unit = "count", "count"          # 'åktes drygt 1,1 miljoner gånger': a count of times
                continue
            subject = (context.find_subject(seg.text, q.char_start, lex=lex) or "").split()
            if subject and subject[0].lower() in count_heads:      # 'antalet resenärer': a count of them
                q.kind, q.unit, q.entity = "count", "count", " ".join(subject[1:]) or None
            elif context.counts_heads(seg.text, q, lex):
                q.kind, q.unit = "count", "count"
            elif currencies:
                q.unit, q.kind, q.unit_inferred, q.unit_source = currencies.most_common(1)[0][0], "money", True, "document"
